package dev.preflight.commands.template;

import java.util.List;
import java.util.Objects;

/**
 * A step of the rollback plan: its position (1-based), its title from the {@code # 1. Stop application}
 * comment, its shell command as written (possibly several lines, possibly empty for a manual step), and
 * the names of the {@code <placeholders>} it needs, e.g. {@code commit-hash}.
 */
public record RollbackStep(int number, String title, String command, List<String> parameters) {
    public RollbackStep {
        if (number < 1) {
            throw new IllegalArgumentException("rollback step number " + number);
        }
        Lines.requireOneLine("title", title);
        Objects.requireNonNull(command, "command");
        parameters = List.copyOf(parameters);
    }
}
