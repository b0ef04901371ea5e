package dev.preflight.commands.template;

import java.util.List;

/**
 * A {@code ###} subsection. {@code name} is the display name without decorations (the leading ✅ is
 * dropped); {@code heading} is the heading text as written, so that export keeps the template's shape.
 * Items placed directly under a section, before any subsection, form a subsection whose name is empty.
 * {@code optional} is true when its heading, or its section's heading, says "(Optional)": every item in it
 * is then optional.
 */
public record Subsection(String name, String heading, boolean optional, List<Item> items) {
    public Subsection {
        Lines.requireOneLine("subsection name", name);
        Lines.requireOneLine("subsection heading", heading);
        items = List.copyOf(items);
    }
}
