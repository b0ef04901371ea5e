package dev.preflight.commands.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A plain-text overview of a template: what it asks for, counted by section and part. Never shows values. */
public final class TemplateSummary {

    private TemplateSummary() {
    }

    public static List<String> lines(Template t) {
        List<String> lines = new ArrayList<>();
        lines.add(t.title().isEmpty() ? "(untitled template)" : t.title());
        if (!t.version().isEmpty() || !t.lastUpdated().isEmpty()) {
            lines.add(("Version " + (t.version().isEmpty() ? "?" : t.version()))
                    + (t.lastUpdated().isEmpty() ? "" : ", last updated " + t.lastUpdated()));
        }
        long steps = t.items().stream().filter(Item::isStep).count();
        lines.add(counted(t.items()) + " in " + plural(t.sections().size(), "section")
                + (steps > 0 ? ", " + steps + " of them numbered steps" : ""));
        for (Section section : t.sections()) {
            lines.add("  " + section.name() + ": " + counted(section.items()));
            for (Subsection sub : section.subsections()) {
                lines.add("    " + (sub.name().isEmpty() ? "(no subsection)" : sub.name()) + ": " + counted(sub.items()));
            }
        }
        List<String> parameters = t.rollback().stream().flatMap(s -> s.parameters().stream()).distinct().toList();
        lines.add("Rollback plan: " + plural(t.rollback().size(), "step")
                + (parameters.isEmpty() ? "" : "; parameters: " + String.join(", ", parameters)));
        lines.add("Monitoring: " + plural(t.monitoring().size(), "command")
                + listed(t.monitoring().stream().map(MonitoringCommand::slug).toList()));
        Map<Cadence, Long> cadences = t.maintenance().stream()
                .collect(Collectors.groupingBy(MaintenanceTask::cadence, TreeMap::new, Collectors.counting()));
        lines.add("Maintenance: " + plural(t.maintenance().size(), "task") + listed(cadences.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)).toList()));
        lines.add("Sign-off: " + plural(t.roles().size(), "role")
                + listed(t.roles().stream().map(r -> r.slug() + " (" + r.name() + ")").toList()));
        long secrets = t.environment().stream().filter(EnvVariable::secret).count();
        lines.add("Environment: " + plural(t.environment().size(), "variable")
                + (secrets > 0 ? ", " + secrets + " secret" : ""));
        return lines;
    }

    private static String counted(List<Item> items) {
        long required = items.stream().filter(Item::required).count();
        return plural(items.size(), "item") + " (" + required + " required)";
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "" : ": " + String.join(", ", names);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
