package dev.preflight.commands.template;

import java.util.List;

/**
 * A step of the rollback plan: its position (1-based), its title from the {@code # 1. Stop application}
 * comment, its shell command as written, and the names of the {@code <placeholders>} it needs.
 */
public record RollbackStep(int number, String title, String command, List<String> parameters) {
    public RollbackStep {
        parameters = List.copyOf(parameters);
    }
}
