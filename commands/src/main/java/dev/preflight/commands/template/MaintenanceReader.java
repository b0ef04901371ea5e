package dev.preflight.commands.template;

import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads "Regular Maintenance": tasks listed under {@code ### Daily}, {@code ### Weekly}, ... headings. */
final class MaintenanceReader {
    private final SourceText source;
    private final Warnings warnings;

    MaintenanceReader(SourceText source, Warnings warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    static Optional<Cadence> cadence(String name) {
        for (Cadence cadence : Cadence.values()) {
            if (cadence.name().equalsIgnoreCase(name)) {
                return Optional.of(cadence);
            }
        }
        return Optional.empty();
    }

    List<MaintenanceTask> read(List<Node> blocks) {
        List<MaintenanceTask> tasks = new ArrayList<>();
        Optional<Cadence> cadence = Optional.empty();
        boolean underUnknownHeading = false;
        for (Node block : blocks) {
            if (block instanceof Heading h && h.getLevel() == 3) {
                String name = Headings.displayName(Headings.written(h, source));
                cadence = cadence(name);
                underUnknownHeading = cadence.isEmpty();
                if (cadence.isEmpty()) {
                    warnings.add(h, "\"" + name + "\" is not a cadence; use ### Daily, ### Weekly, ### Monthly"
                            + " or ### Quarterly. Its tasks are ignored");
                }
            } else if (block instanceof ListBlock list && cadence.isPresent()) {
                for (Node item : Blocks.children(list)) {
                    task(Entry.of((ListItem) item, source), cadence.get(), tasks);
                }
            } else if (block instanceof ListBlock && !underUnknownHeading) {
                warnings.add(block, "maintenance tasks need a cadence: put them under ### Daily, ### Weekly,"
                        + " ### Monthly or ### Quarterly; these are ignored");
            } else if (!(block instanceof ListBlock)) {
                warnings.add(block, "only `- [ ] task` lines under ### Daily, ### Weekly, ### Monthly or"
                        + " ### Quarterly are read under \"" + Part.MAINTENANCE.heading() + "\"; this is ignored");
            }
        }
        return tasks;
    }

    private void task(Entry entry, Cadence cadence, List<MaintenanceTask> into) {
        if (entry.text().isEmpty()) {
            warnings.add(entry.line(), cadence.name().toLowerCase(Locale.ROOT) + " task without text is ignored");
        } else {
            into.add(new MaintenanceTask(cadence, entry.text()));
        }
    }
}
