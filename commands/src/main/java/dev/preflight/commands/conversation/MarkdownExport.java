package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.SignOff;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.ItemMark;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.TemplateExporter;

import java.util.ArrayList;
import java.util.List;

/**
 * The filled-in checklist as Markdown, in the template's own shape: ticked items checked with "✔ who · when"
 * under them, N/A items with "N/A: reason — who · when"; then a record of the sign-offs and how it ended.
 * Users appear as {@code @U123}: chat mentions do not render in a file.
 */
final class MarkdownExport {

    private MarkdownExport() {
    }

    static String render(Deployment d, TimeFormat times) {
        return TemplateExporter.export(d.template(), item -> mark(d, item, times)) + "\n" + record(d, times);
    }

    static ItemMark mark(Deployment d, Item item, TimeFormat times) {
        ItemState state = d.items().get(item.number());
        if (state == null) {
            return ItemMark.OPEN;
        }
        String whoWhen = who(state.by()) + " · " + times.formatFull(state.at());
        if (state instanceof ItemState.NotApplicable na) {
            return new ItemMark(false, List.of("N/A: " + na.reason() + " — " + whoWhen));
        }
        return ItemMark.checked("✔ " + whoWhen);
    }

    /** The deployment, its sign-offs and its end, after the checklist. */
    static String record(Deployment d, TimeFormat times) {
        List<String> lines = new ArrayList<>();
        lines.add("## Deployment Record");
        lines.add("");
        lines.add("- Deployment: " + DeploymentView.title(d));
        lines.add("- Started: " + who(d.startedBy()) + " · " + times.formatFull(d.startedAt()));
        lines.add("- Progress: " + DeploymentView.progress(d));
        for (SignOffRole role : d.template().roles()) {
            SignOff s = d.signOffs().get(role.slug());
            lines.add(s == null
                    ? "- " + role.name() + ": not signed off"
                    : "- " + role.name() + ": signed off by " + who(s.by()) + " · " + times.formatFull(s.at())
                    + (s.comment() == null || s.comment().isBlank() ? "" : " — " + s.comment()));
        }
        lines.add("- Status: " + end(d, times));
        return String.join("\n", lines) + "\n";
    }

    private static String end(Deployment d, TimeFormat times) {
        if (d.closedBy().isEmpty()) {
            return "active";
        }
        RecordedEvent closing = d.closedBy().get();
        String whoWhen = who(closing.actor()) + " · " + times.formatFull(closing.at());
        if (closing.event() instanceof DeploymentEvent.Completed c) {
            return c.forced() ? "completed, forced (" + c.reason() + ") — " + whoWhen : "completed — " + whoWhen;
        }
        if (closing.event() instanceof DeploymentEvent.Cancelled c) {
            return "cancelled (" + c.reason() + ") — " + whoWhen;
        }
        throw new AssertionError("a deployment closes by completing or cancelling");
    }

    /** A user in a file, where chat mentions do not render. */
    private static String who(String user) {
        return "@" + user;
    }
}
