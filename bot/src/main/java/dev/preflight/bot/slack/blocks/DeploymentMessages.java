package dev.preflight.bot.slack.blocks;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.TimeFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A deployment's messages in Slack: the root in the channel, and in its thread a message per section (or per
 * part of a long section) and the sign-off message. Every message respects Block Kit's limits.
 */
public final class DeploymentMessages {

    private final RootMessage root;
    private final SectionMessage section;
    private final SignOffMessage signOff;

    /** {@code times} is the core's, so that Slack shows moments as every other platform does. */
    public DeploymentMessages(TimeFormat times) {
        this.root = new RootMessage(times);
        this.section = new SectionMessage(times);
        this.signOff = new SignOffMessage(times);
    }

    public Draft root(Deployment d) {
        return root.render(d);
    }

    /** The whole thread, in the order it is posted: the sections' messages, then the sign-off message. */
    public List<Draft> thread(Deployment d) {
        List<Draft> drafts = new ArrayList<>(rendered(d, parts(d, p -> true)));
        drafts.addAll(signOffs(d));
        return drafts;
    }

    /** The keys of the thread's messages, in the order {@link #thread} gives them. */
    public List<String> threadKeys(Deployment d) {
        List<String> keys = new ArrayList<>(keys(d, parts(d, p -> true)));
        keys.addAll(signOffKeys(d));
        return keys;
    }

    /** The messages of the given sections (0-based), in order; an index the template lacks is skipped. */
    public List<Draft> sections(Deployment d, Set<Integer> sections) {
        return rendered(d, parts(d, in(sections)));
    }

    /** The keys of the messages {@link #sections} gives. */
    public List<String> sectionKeys(Deployment d, Set<Integer> sections) {
        return keys(d, parts(d, in(sections)));
    }

    /** The message of the section holding {@code item}, or nothing when there is no such item. */
    public List<Draft> sectionOf(Deployment d, int item) {
        return rendered(d, parts(d, holding(item)));
    }

    /** The key of the message {@link #sectionOf} gives. */
    public List<String> sectionKeyOf(Deployment d, int item) {
        return keys(d, parts(d, holding(item)));
    }

    public List<Draft> signOffs(Deployment d) {
        List<Draft> drafts = new ArrayList<>();
        for (int part = 0; part < SignOffMessage.parts(d); part++) {
            drafts.add(signOff.render(d, part));
        }
        return drafts;
    }

    /** The keys of the sign-off message's parts, as {@link #signOffs} gives them. */
    public List<String> signOffKeys(Deployment d) {
        List<String> keys = new ArrayList<>();
        for (int part = 0; part < SignOffMessage.parts(d); part++) {
            keys.add(MessageKeys.signOffs(d.id(), part));
        }
        return keys;
    }

    /**
     * The message {@code key} of {@code d} as it stands: its root, a part of a section, or a part of the sign-off
     * message; empty when {@code d} has no such message.
     */
    public Optional<Draft> message(Deployment d, String key) {
        if (key.equals(MessageKeys.root(d.id()))) {
            return Optional.of(root(d));
        }
        if (MessageKeys.deploymentOf(key).filter(id -> id == d.id()).isEmpty()) {
            return Optional.empty();
        }
        Optional<MessageKeys.SectionPart> sectionPart = MessageKeys.sectionPart(key);
        if (sectionPart.isPresent()) {
            MessageKeys.SectionPart sp = sectionPart.get();
            return rendered(d, parts(d, p -> p.section() == sp.section() && p.index() == sp.part())).stream()
                    .findFirst();
        }
        return MessageKeys.signOffPart(key).filter(part -> part < SignOffMessage.parts(d))
                .map(part -> signOff.render(d, part));
    }

    private static List<ChecklistLayout.Part> parts(Deployment d, Predicate<ChecklistLayout.Part> which) {
        return ChecklistLayout.of(d.template()).parts().stream().filter(which).toList();
    }

    private static Predicate<ChecklistLayout.Part> in(Set<Integer> sections) {
        return p -> sections.contains(p.section());
    }

    private static Predicate<ChecklistLayout.Part> holding(int item) {
        return p -> p.items().stream().anyMatch(i -> i.number() == item);
    }

    private List<Draft> rendered(Deployment d, List<ChecklistLayout.Part> parts) {
        return parts.stream().map(p -> section.render(d, p)).toList();
    }

    private static List<String> keys(Deployment d, List<ChecklistLayout.Part> parts) {
        return parts.stream().map(p -> MessageKeys.section(d.id(), p.section(), p.index())).toList();
    }
}
