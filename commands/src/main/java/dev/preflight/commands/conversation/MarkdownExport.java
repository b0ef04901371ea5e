package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.SignOff;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.Subsection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The filled-in checklist as Markdown: each item ticked or not, with "✔ who · when" or "N/A: reason — who · when"
 * under it, followed by the sign-offs and how the deployment ended.
 */
final class MarkdownExport {

    private MarkdownExport() {
    }

    static String render(Deployment d, TimeFormat times) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + d.template().title());
        for (Section section : d.template().sections()) {
            lines.add("");
            lines.add("## " + section.name());
            for (Subsection sub : section.subsections()) {
                if (!sub.heading().isEmpty()) {
                    lines.add("");
                    lines.add("### " + sub.heading());
                }
                for (Item item : sub.items()) {
                    ItemState state = d.items().get(item.number());
                    String bullet = item.isStep() ? item.step() + ". " : "- ";
                    lines.add(bullet + "[" + (state instanceof ItemState.Done ? "x" : " ") + "] " + item.text());
                    note(state, times).ifPresent(n -> lines.add("  " + n));
                }
            }
        }
        lines.add("");
        lines.addAll(record(d, times));
        return String.join("\n", lines) + "\n";
    }

    /** The note under an item: {@code ✔ <@U1> · 2026-11-27 10:02} or {@code N/A: reason — <@U1> · 2026-11-27 10:02}. */
    static Optional<String> note(ItemState state, TimeFormat times) {
        if (state == null) {
            return Optional.empty();
        }
        String whoWhen = who(state.by()) + " · " + times.formatFull(state.at());
        return Optional.of(state instanceof ItemState.NotApplicable na
                ? "N/A: " + na.reason() + " — " + whoWhen
                : "✔ " + whoWhen);
    }

    /** The sign-offs and the deployment's state, after the checklist. */
    static List<String> record(Deployment d, TimeFormat times) {
        List<String> lines = new ArrayList<>();
        lines.add("## Sign-Off");
        lines.add("");
        for (SignOffRole role : d.template().roles()) {
            SignOff s = d.signOffs().get(role.slug());
            lines.add(s == null
                    ? "- " + role.name() + ": pending"
                    : "- " + role.name() + ": " + who(s.by()) + " · " + times.formatFull(s.at())
                    + (s.comment() == null || s.comment().isBlank() ? "" : " — " + s.comment()));
        }
        lines.add("");
        lines.add("**Deployment:** " + DeploymentView.title(d));
        lines.add("**Progress:** " + DeploymentView.progress(d));
        lines.add("**Status:** " + state(d, times));
        return lines;
    }

    private static String state(Deployment d, TimeFormat times) {
        if (d.closedBy().isEmpty()) {
            return "active, started by " + who(d.startedBy()) + " · " + times.formatFull(d.startedAt());
        }
        var closing = d.closedBy().get();
        String whoWhen = who(closing.actor()) + " · " + times.formatFull(closing.at());
        if (closing.event() instanceof DeploymentEvent.Completed c) {
            return c.forced() ? "completed (forced: " + c.reason() + ") — " + whoWhen : "completed — " + whoWhen;
        }
        if (closing.event() instanceof DeploymentEvent.Cancelled c) {
            return "cancelled (" + c.reason() + ") — " + whoWhen;
        }
        throw new AssertionError("a deployment closes by completing or cancelling");
    }

    /** A user in a file, where chat mentions do not render: {@code @U1}. */
    private static String who(String user) {
        return "@" + user;
    }
}
