package dev.preflight.commands.template;

import java.util.Objects;

/**
 * One deployment item. {@code number} is stable, 1..N in document order across the whole template;
 * {@code step} is the number written in an ordered list ({@code 3. [ ] ...}), or 0 for a bullet.
 * {@code text} is the item's inline Markdown source (inline code keeps its backticks), one line.
 */
public record Item(int number, int step, String text, boolean required, String section, String subsection) {

    public Item {
        if (number < 1 || step < 0) {
            throw new IllegalArgumentException("item number " + number + " / step " + step);
        }
        Lines.requireOneLine("item text", text);
        if (text.isBlank()) {
            throw new IllegalArgumentException("an item needs text");
        }
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(subsection, "subsection");
    }

    public boolean isStep() {
        return step > 0;
    }
}
