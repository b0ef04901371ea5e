package dev.preflight.bot.slack.blocks;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.TimeFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        List<Draft> drafts = new ArrayList<>();
        for (ChecklistLayout.Part part : ChecklistLayout.of(d.template()).parts()) {
            drafts.add(section.render(d, part));
        }
        drafts.addAll(signOffs(d));
        return drafts;
    }

    /** The messages of the given sections (0-based), in order; an index the template lacks is skipped. */
    public List<Draft> sections(Deployment d, Set<Integer> sections) {
        ChecklistLayout layout = ChecklistLayout.of(d.template());
        return layout.parts().stream().filter(p -> sections.contains(p.section()))
                .map(p -> section.render(d, p)).toList();
    }

    /** The message of the section holding {@code item}, or nothing when there is no such item. */
    public List<Draft> sectionOf(Deployment d, int item) {
        ChecklistLayout layout = ChecklistLayout.of(d.template());
        return layout.parts().stream().filter(p -> p.items().stream().anyMatch(i -> i.number() == item))
                .map(p -> section.render(d, p)).toList();
    }

    public List<Draft> signOffs(Deployment d) {
        List<Draft> drafts = new ArrayList<>();
        for (int part = 0; part < SignOffMessage.parts(d); part++) {
            drafts.add(signOff.render(d, part));
        }
        return drafts;
    }
}
