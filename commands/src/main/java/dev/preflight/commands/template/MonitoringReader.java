package dev.preflight.commands.template;

import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads "Monitoring Commands": each {@code # Title} comment of its shell block names the command below it. */
final class MonitoringReader {
    private final Warnings warnings;

    MonitoringReader(Warnings warnings) {
        this.warnings = warnings;
    }

    List<MonitoringCommand> read(List<Node> blocks) {
        List<MonitoringCommand> commands = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node block : blocks) {
            if (!Blocks.isCode(block)) {
                warnings.add(block, "only a ```bash block of `# Title` comments and commands is read under \""
                        + Part.MONITORING.heading() + "\"; this is ignored");
                continue;
            }
            for (Script part : Script.split(block, warnings, "monitoring command")) {
                String slug = Slug.of(part.comment());
                if (slug.isEmpty() || part.command().isBlank()) {
                    warnings.add(part.line(), "monitoring command \"" + part.comment() + "\" needs "
                            + (slug.isEmpty() ? "a title with letters or digits" : "a command under its comment")
                            + "; ignored");
                    continue;
                }
                Integer before = seen.putIfAbsent(slug, part.line());
                if (before != null) {
                    throw new TemplateException(part.line(), "two monitoring commands are called `" + slug
                            + "` (lines " + before + " and " + part.line() + "); rename one");
                }
                commands.add(new MonitoringCommand(slug, part.comment(), part.command()));
            }
        }
        return commands;
    }
}
