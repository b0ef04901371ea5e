package dev.preflight.commands.rollback;

import java.time.Duration;

/**
 * How a command ended: its exit code (-1 when it has none because it was killed or never started) and how long it
 * ran.
 */
public record StepOutcome(Ending ending, int exitCode, Duration duration) {

    public static final int NO_EXIT_CODE = -1;

    public enum Ending {
        /** The command exited by itself; see the exit code. */
        EXITED,
        /** It ran past its time-out and was killed with everything it started. */
        TIMED_OUT,
        /** It was killed on request (an abort). */
        CANCELLED,
        /** It could not be started (no such program, not executable, no such working directory). */
        NOT_STARTED
    }

    public StepOutcome {
        if (ending != Ending.EXITED && exitCode != NO_EXIT_CODE) {
            throw new IllegalArgumentException("only a command that exited has an exit code");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a command cannot run for a negative time");
        }
    }

    public static StepOutcome exited(int exitCode, Duration duration) {
        return new StepOutcome(Ending.EXITED, exitCode, duration);
    }

    public static StepOutcome killed(Ending ending, Duration duration) {
        return new StepOutcome(ending, NO_EXIT_CODE, duration);
    }

    public boolean succeeded() {
        return ending == Ending.EXITED && exitCode == 0;
    }
}
