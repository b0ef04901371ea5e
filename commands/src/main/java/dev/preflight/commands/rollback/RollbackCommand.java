package dev.preflight.commands.rollback;

import java.util.Map;
import java.util.Optional;

/** What a {@code rollback ...} command asks for, parsed by {@link RollbackCommandParser}. */
public sealed interface RollbackCommand {

    /** {@code rollback} (or {@code rollback plan}): the plan, and the open run's state. */
    record Show() implements RollbackCommand {
    }

    /** {@code rollback start commit-hash=abc1234 [--dry-run]}. */
    record Start(Map<String, String> parameters, boolean dryRun) implements RollbackCommand {
        public Start {
            parameters = Map.copyOf(parameters);
        }
    }

    /** {@code rollback approve}: the second person of the two-person rule agrees. */
    record Approve() implements RollbackCommand {
    }

    /** {@code rollback run [step]} (also {@code retry}): confirm and execute the current step. */
    record Run(Optional<Integer> step) implements RollbackCommand {
    }

    /** {@code rollback skip [step] [reason]}. */
    record Skip(Optional<Integer> step, String reason) implements RollbackCommand {
    }

    /** {@code rollback abort [reason]}: stop the run, killing a running step at once. */
    record Abort(String reason) implements RollbackCommand {
    }
}
