package dev.preflight.commands.template;

import java.util.List;

/**
 * A {@code ###} subsection. {@code name} is the display name without decorations (the leading ✅ is
 * dropped); {@code heading} is the heading text as written, so that export keeps the template's shape.
 * Items placed directly under a section, before any subsection, form a subsection whose name is empty.
 */
public record Subsection(String name, String heading, boolean optional, List<Item> items) {
    public Subsection {
        items = List.copyOf(items);
    }
}
