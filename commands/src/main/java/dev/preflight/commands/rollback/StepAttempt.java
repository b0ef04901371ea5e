package dev.preflight.commands.rollback;

import java.time.Instant;
import java.util.Optional;

/**
 * One time a step was confirmed: by whom, when, the command as shown, and how it ended. An attempt without a
 * result is running, or was running when the bot stopped, unless it is a rehearsal: a dry run's step, shown and
 * never executed.
 *
 * @param sequence the position of its {@code RollbackStepStarted} (or {@code RollbackStepRehearsed}) event
 */
public record StepAttempt(long sequence, String confirmedBy, Instant startedAt, String command,
                          Optional<Result> result, boolean rehearsal) {

    StepAttempt finish(Result r) {
        return new StepAttempt(sequence, confirmedBy, startedAt, command, Optional.of(r), rehearsal);
    }

    /** How an attempt ended; {@code exitCode} is -1 when the process was killed or never started. */
    public record Result(int exitCode, long durationMillis, boolean timedOut, String outputRef, Instant at) {
        public boolean succeeded() {
            return exitCode == 0 && !timedOut;
        }
    }
}
