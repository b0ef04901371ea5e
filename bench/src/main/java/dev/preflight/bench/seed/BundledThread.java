package dev.preflight.bench.seed;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.bot.slack.blocks.Draft;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.template.TemplateParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages the bot posts for a fresh deployment of the bundled checklist, rendered by the bot's own Block
 * Kit code: their keys (for seeding the message references) and the checklist messages with their checkbox
 * blocks (for clicks as Slack sends them, carrying the clicked message). Rendered once for deployment
 * {@link #PLACEHOLDER_ID}; {@link #forDeployment} puts in another id.
 */
public final class BundledThread {

    public static final String TEMPLATE = "/dev/preflight/commands/template/production-deployment-checklist.md";
    static final long PLACEHOLDER_ID = 987_654_321L;
    private static final Pattern ITEMS = Pattern.compile("pf:d\\d+:i(\\d+)-(\\d+):v\\d+");

    /**
     * A checklist message: its key, its place among the deployment's messages (0 is the root), its text and
     * blocks as JSON, and its checkbox blocks.
     */
    public record Message(String key, int index, String text, String blocksJson, List<Checkboxes> checkboxes) {
        public Message {
            checkboxes = List.copyOf(checkboxes);
        }
    }

    /** One checkboxes block: its block id and the items it holds. */
    public record Checkboxes(String blockId, int first, int last) {
    }

    private final List<String> keys;
    private final List<Message> checklist;

    private BundledThread(List<String> keys, List<Message> checklist) {
        this.keys = List.copyOf(keys);
        this.checklist = List.copyOf(checklist);
    }

    public static BundledThread render() {
        return render(false);
    }

    /** As {@link #render()}, but of a deployment with every item ticked: every checkbox is shown ticked. */
    public static BundledThread renderAllTicked() {
        return render(true);
    }

    private static BundledThread render(boolean allTicked) {
        String source = templateSource();
        Instant at = Instant.parse("2024-01-01T08:00:00Z");
        List<RecordedEvent> log = new ArrayList<>();
        log.add(new RecordedEvent(PLACEHOLDER_ID, 1, at, "U0BENCH000", "seed",
                new DeploymentEvent.Started("bench", "production", "CBENCH", "production-deployment", source)));
        if (allTicked) {
            int items = TemplateParser.parse(source).items().size();
            for (int item = 1; item <= items; item++) {
                log.add(new RecordedEvent(PLACEHOLDER_ID, item + 1L, at, "U0BENCH000", "seed-" + item,
                        new DeploymentEvent.Ticked(item)));
            }
        }
        Deployment d = Deployment.replay(log);
        DeploymentMessages messages =
                new DeploymentMessages(new TimeFormat(ZoneOffset.UTC, Clock.fixed(at, ZoneOffset.UTC)));
        List<String> keys = new ArrayList<>();
        List<Message> checklist = new ArrayList<>();
        keys.add(messages.root(d).messageKey().orElseThrow());
        for (Draft draft : messages.thread(d)) {
            draft.messageKey().ifPresent(keys::add);
            List<Checkboxes> boxes = new ArrayList<>();
            for (LayoutBlock block : draft.blocks()) {
                if (block instanceof ActionsBlock a) {
                    Matcher m = ITEMS.matcher(a.getBlockId());
                    if (m.matches()) {
                        boxes.add(new Checkboxes(a.getBlockId(), Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2))));
                    }
                }
            }
            if (!boxes.isEmpty()) {
                checklist.add(new Message(draft.messageKey().orElseThrow(), keys.size() - 1, draft.text(),
                        draft.blocksJson().orElseThrow(), boxes));
            }
        }
        return new BundledThread(keys, checklist);
    }

    /** The keys of every message a deployment owns (root, checklist parts, sign-offs). */
    public List<String> messageKeys(long deployment) {
        return keys.stream().map(k -> forDeployment(k, deployment)).toList();
    }

    /** The checklist messages, each with its checkbox blocks, for deployment {@link #PLACEHOLDER_ID}. */
    public List<Message> checklist() {
        return checklist;
    }

    /** {@code text} (a key, a block id, JSON) with the placeholder deployment id replaced by {@code deployment}. */
    public static String forDeployment(String text, long deployment) {
        return text.replace(Long.toString(PLACEHOLDER_ID), Long.toString(deployment));
    }

    public static String placeholderId() {
        return Long.toString(PLACEHOLDER_ID);
    }

    public static String templateSource() {
        try (InputStream in = BundledThread.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("the bundled checklist " + TEMPLATE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
