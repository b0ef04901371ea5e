package dev.preflight.commands.template;

/**
 * One deployment item. {@code number} is stable, 1..N in document order across the whole template;
 * {@code step} is the number written in an ordered list ({@code 3. [ ] ...}), or 0 for a bullet.
 * {@code text} is the item's inline Markdown source (inline code keeps its backticks).
 */
public record Item(int number, int step, String text, boolean required, String section, String subsection) {

    public boolean isStep() {
        return step > 0;
    }
}
