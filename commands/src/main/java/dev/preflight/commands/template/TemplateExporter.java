package dev.preflight.commands.template;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a template back as Markdown in the template's own shape: title, preamble, item sections, then
 * environment, monitoring, rollback, maintenance, sign-off and version. Parsing the result gives an equal
 * {@link Template}. With marks, it writes a finished deployment as the filled-in checklist.
 */
public final class TemplateExporter {

    private TemplateExporter() {
    }

    public static String export(Template template) {
        return export(template, item -> ItemMark.OPEN);
    }

    /** The checklist with each item marked by {@code marks} (a null mark leaves the item open). */
    public static String export(Template template, Function<Item, ItemMark> marks) {
        List<String> blocks = new ArrayList<>();
        if (!template.title().isEmpty()) {
            blocks.add(Headings.markdown("#", template.title()));
        }
        if (!template.preamble().isEmpty()) {
            blocks.add(template.preamble());
        }
        for (Section section : template.sections()) {
            blocks.add(Headings.markdown("##", section.heading()));
            for (Subsection subsection : section.subsections()) {
                blocks.addAll(subsection(subsection, marks));
            }
        }
        PartsWriter.write(template, blocks);
        return String.join("\n\n", blocks) + "\n";
    }

    /** The subsection's heading and items; a new list starts where bullets turn into steps or back. */
    private static List<String> subsection(Subsection subsection, Function<Item, ItemMark> marks) {
        List<String> blocks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        if (!subsection.heading().isEmpty()) {
            run.append(Headings.markdown("###", subsection.heading()));
        }
        Boolean steps = null;
        for (Item item : subsection.items()) {
            if (steps != null && steps != item.isStep()) {
                blocks.add(run.toString());
                run.setLength(0);
            }
            steps = item.isStep();
            if (run.length() > 0) {
                run.append('\n');
            }
            ItemMark mark = marks.apply(item);
            run.append(item(item, mark == null ? ItemMark.OPEN : mark));
        }
        blocks.add(run.toString());
        return blocks;
    }

    private static String item(Item item, ItemMark mark) {
        String marker = item.isStep() ? item.step() + ". " : "- ";
        StringBuilder line = new StringBuilder(marker).append(mark.checked() ? "[x] " : "[ ] ").append(item.text());
        String indent = " ".repeat(marker.length());
        for (String note : mark.notes()) {
            for (String noteLine : note.split("\\r\\n|\\r|\\n")) {
                String text = noteLine.strip();
                if (!text.isEmpty()) {
                    line.append('\n').append(indent).append(Notes.escape(text));
                }
            }
        }
        return line.toString();
    }
}
