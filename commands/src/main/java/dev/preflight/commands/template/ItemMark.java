package dev.preflight.commands.template;

import java.util.List;

/**
 * How export marks one item of a finished deployment: checked ({@code [x]}) or not, and notes written as
 * indented lines under it (who ticked it and when, why it was skipped). Notes are plain text; export
 * escapes what Markdown would otherwise read as structure.
 */
public record ItemMark(boolean checked, List<String> notes) {
    /** An unchecked item without notes, as in the template itself. */
    public static final ItemMark OPEN = new ItemMark(false, List.of());

    public ItemMark {
        notes = List.copyOf(notes);
    }

    public static ItemMark checked(String... notes) {
        return new ItemMark(true, List.of(notes));
    }
}
