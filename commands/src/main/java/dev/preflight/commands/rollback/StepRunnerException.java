package dev.preflight.commands.rollback;

/** The step runner itself failed (not the command it runs): it cannot start processes or reach its host. */
public class StepRunnerException extends RuntimeException {
    public StepRunnerException(String message, Throwable cause) {
        super(message, cause);
    }
}
