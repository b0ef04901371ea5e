package dev.preflight.commands.template;

import java.util.List;

/**
 * A {@code ##} section of deployment items, e.g. "Security Checklist". {@code name} is the display name
 * without decorations; {@code heading} is the heading text as written, so that export keeps it.
 */
public record Section(String name, String heading, List<Subsection> subsections) {
    public Section {
        Lines.requireOneLine("section name", name);
        Lines.requireOneLine("section heading", heading);
        subsections = List.copyOf(subsections);
        for (int i = 1; i < subsections.size(); i++) {
            if (subsections.get(i).heading().isEmpty()) {
                throw new IllegalArgumentException("only the first subsection of \"" + name + "\" may be unnamed:"
                        + " items before any ### heading come first");
            }
        }
    }

    /** A section whose heading is its name. */
    public Section(String name, List<Subsection> subsections) {
        this(name, name, subsections);
    }

    public List<Item> items() {
        return subsections.stream().flatMap(s -> s.items().stream()).toList();
    }
}
