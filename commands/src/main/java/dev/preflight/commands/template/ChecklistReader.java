package dev.preflight.commands.template;

import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a {@code ##} section of deployment items: its {@code ###} subsections and their {@code - [ ]} and
 * {@code 1. [ ]} items, numbering items on from {@code next}. Anything else in the section is a warning.
 */
final class ChecklistReader {
    private static final Pattern OPTIONAL =
            Pattern.compile("\\((?:optional|if applicable\\)|recommended\\))", Pattern.CASE_INSENSITIVE);

    private final SourceText source;
    private final Warnings warnings;
    private int next = 1;

    ChecklistReader(SourceText source, Warnings warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    /** True when an item's own text marks it optional. */
    static boolean saysOptional(String itemText) {
        return OPTIONAL.matcher(itemText).find();
    }

    /** The section with its items, or empty (with a warning) when it has none. */
    Optional<Section> read(SectionBlocks section) {
        boolean sectionOptional = Headings.saysOptional(section.written());
        List<Subsection> subsections = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Open open = new Open("", "", 0, sectionOptional);
        for (Node block : section.blocks()) {
            if (block instanceof Heading h && h.getLevel() == 3) {
                open.close(section, subsections, warnings);
                open = subsection(h, section, seen, sectionOptional);
            } else if (block instanceof ListBlock list) {
                for (Node item : Blocks.children(list)) {
                    item(Entry.of((ListItem) item, source), section, open);
                }
            } else if (!Blocks.ignorable(block)) {
                warnings.add(block, "\"" + section.name() + "\" is a checklist section: only `### Subsection`"
                        + " headings and `- [ ] item` lines are read here; this is ignored");
            }
        }
        open.close(section, subsections, warnings);
        if (subsections.isEmpty()) {
            warnings.add(section.line(), "section \"" + section.name() + "\" has no `- [ ] item` lines and is"
                    + " ignored (sections read without items: " + Part.headings() + ")");
            return Optional.empty();
        }
        return Optional.of(new Section(section.name(), section.written(), subsections));
    }

    private Open subsection(Heading h, SectionBlocks section, Map<String, Integer> seen, boolean sectionOptional) {
        String written = Headings.written(h, source);
        String name = Headings.displayName(written);
        int line = SourceText.firstLine(h);
        if (name.isEmpty()) {
            throw new TemplateException(line, "a ### heading needs a name, e.g. `### Database`");
        }
        Integer before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), line);
        if (before != null) {
            throw new TemplateException(line, "section \"" + section.name() + "\" has two subsections named \""
                    + name + "\" (lines " + before + " and " + line + "); rename one");
        }
        return new Open(name, written, line, sectionOptional || Headings.saysOptional(written));
    }

    private void item(Entry entry, SectionBlocks section, Open open) {
        if (!entry.boxed()) {
            warnings.add(entry.line(), "not a checklist item (no checkbox); write `- [ ] "
                    + (entry.text().isEmpty() ? "..." : entry.text()) + "` to make it one");
        } else if (entry.text().isEmpty()) {
            warnings.add(entry.line(), "checkbox without text is ignored");
        } else {
            boolean required = !open.optional && !saysOptional(entry.text());
            open.items.add(new Item(next++, entry.step(), entry.text(), required, section.name(), open.name));
        }
    }

    /** The subsection being read. */
    private static final class Open {
        final String name;
        final String heading;
        final int line;
        final boolean optional;
        final List<Item> items = new ArrayList<>();

        Open(String name, String heading, int line, boolean optional) {
            this.name = name;
            this.heading = heading;
            this.line = line;
            this.optional = optional;
        }

        void close(SectionBlocks section, List<Subsection> into, Warnings warnings) {
            if (!items.isEmpty()) {
                into.add(new Subsection(name, heading, optional, items));
            } else if (line > 0) {
                warnings.add(line, "subsection \"" + name + "\" of \"" + section.name()
                        + "\" has no `- [ ] item` lines and is ignored");
            }
        }
    }
}
