package dev.preflight.commands.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Writes the parts after the item sections, each only when the template has it. */
final class PartsWriter {
    private static final String ROLE_BLANKS = ": _____________________ Date: _______";

    private PartsWriter() {
    }

    static void write(Template t, List<String> blocks) {
        part(t, Part.ENVIRONMENT, !t.environment().isEmpty(), blocks, () -> List.of(fenced("env",
                t.environment().stream().map(v -> v.name() + "=" + v.value()).collect(Collectors.joining("\n")))));
        part(t, Part.MONITORING, !t.monitoring().isEmpty(), blocks, () -> List.of(fenced("bash",
                t.monitoring().stream().map(c -> "# " + c.title() + "\n" + c.command())
                        .collect(Collectors.joining("\n\n")))));
        part(t, Part.ROLLBACK, !t.rollback().isEmpty(), blocks, () -> List.of(fenced("bash",
                t.rollback().stream().map(PartsWriter::step).collect(Collectors.joining("\n\n")))));
        part(t, Part.MAINTENANCE, !t.maintenance().isEmpty(), blocks, () -> maintenance(t.maintenance()));
        boolean signOff = !t.roles().isEmpty() || !t.intro(Part.SIGN_OFF).isEmpty();
        if (signOff) {
            blocks.add("---");
        }
        part(t, Part.SIGN_OFF, !t.roles().isEmpty(), blocks, () -> List.of(t.roles().stream()
                .map(r -> "- " + r.name() + ROLE_BLANKS).collect(Collectors.joining("\n"))));
        List<String> metadata = new ArrayList<>();
        if (!t.lastUpdated().isEmpty()) {
            metadata.add("**Last Updated:** " + t.lastUpdated());
        }
        if (!t.version().isEmpty()) {
            metadata.add("**Version:** " + t.version());
        }
        if (!metadata.isEmpty()) {
            blocks.add("---");
            blocks.add(String.join("\n", metadata));
            if (!t.footer().isEmpty()) {
                blocks.add(t.footer());
            }
        }
    }

    private static void part(Template t, Part part, boolean hasContent, List<String> blocks,
            Supplier<List<String>> content) {
        String intro = t.intro(part);
        if (!hasContent && intro.isEmpty()) {
            return;
        }
        blocks.add("## " + part.heading());
        if (!intro.isEmpty()) {
            blocks.add(intro);
        }
        if (hasContent) {
            blocks.addAll(content.get());
        }
    }

    private static String step(RollbackStep step) {
        String comment = ("# " + step.number() + ". " + step.title()).strip();
        return step.command().isEmpty() ? comment : comment + "\n" + step.command();
    }

    private static List<String> maintenance(List<MaintenanceTask> tasks) {
        List<String> blocks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Cadence current = null;
        for (MaintenanceTask task : tasks) {
            if (task.cadence() != current) {
                if (current != null) {
                    blocks.add(run.toString());
                    run.setLength(0);
                }
                current = task.cadence();
                String name = current.name();
                run.append("### ").append(name.charAt(0)).append(name.substring(1).toLowerCase(Locale.ROOT));
            }
            run.append("\n- [ ] ").append(task.text());
        }
        blocks.add(run.toString());
        return blocks;
    }

    /** A fenced code block whose fence is longer than any backtick run that starts one of its lines. */
    private static String fenced(String info, String body) {
        int longest = 2;
        for (String line : body.split("\n")) {
            String stripped = line.stripLeading();
            int run = 0;
            while (run < stripped.length() && stripped.charAt(run) == '`') {
                run++;
            }
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        return fence + info + "\n" + body + "\n" + fence;
    }
}
