package dev.preflight.commands.deployment;

import java.util.Map;

/**
 * A change to a deployment. Events are appended to the deployment's log and never changed or deleted;
 * the deployment's state is the fold of its events (see {@link Deployment}).
 */
public sealed interface DeploymentEvent {

    /** The first event of every deployment; carries a snapshot of the template's Markdown source. */
    record Started(String name, String environment, String channel, String templateName, String templateSource)
            implements DeploymentEvent {
    }

    /** The chat platform's reference of the deployment's root message, whose thread holds the checklist. */
    record ThreadLinked(String threadRef) implements DeploymentEvent {
    }

    record Ticked(int item) implements DeploymentEvent {
    }

    record Unticked(int item) implements DeploymentEvent {
    }

    record MarkedNotApplicable(int item, String reason) implements DeploymentEvent {
    }

    record SignedOff(String role, String comment) implements DeploymentEvent {
    }

    record SignOffRevoked(String role) implements DeploymentEvent {
    }

    record Completed(boolean forced, String reason) implements DeploymentEvent {
    }

    record Cancelled(String reason) implements DeploymentEvent {
    }

    /**
     * A change to the deployment's rollback, or a monitoring command that was run. These leave the checklist as
     * it is; {@link dev.preflight.commands.rollback.RollbackLog} folds them into the state of each rollback run.
     */
    sealed interface RollbackEvent extends DeploymentEvent {
    }

    /**
     * A rollback run was opened with these parameter values. {@code approvals} is the number of different people
     * (the opener included) who must agree before a step executes; a dry run executes nothing.
     */
    record RollbackStarted(Map<String, String> parameters, boolean dryRun, int approvals) implements RollbackEvent {
        public RollbackStarted {
            parameters = Map.copyOf(parameters);
            if (approvals < 1) {
                throw new IllegalArgumentException("a rollback needs at least one approval, its opener's");
            }
        }
    }

    /** The event's actor approved the open rollback run (the two-person rule). */
    record RollbackApproved() implements RollbackEvent {
    }

    /** Step {@code step} of the open run began executing {@code command} (as shown, secrets redacted). */
    record RollbackStepStarted(int step, String confirmedBy, String command) implements RollbackEvent {
    }

    /** Step {@code step} of a dry run was shown to the event's actor as {@code command}; nothing was executed. */
    record RollbackStepRehearsed(int step, String command) implements RollbackEvent {
    }

    /**
     * The step that last started has ended. {@code exitCode} is -1 when the process was killed (time-out or
     * abort); {@code outputRef} names the full, redacted output in the step output store ("" when none).
     */
    record RollbackStepFinished(int step, int exitCode, long durationMillis, boolean timedOut, String outputRef)
            implements RollbackEvent {
    }

    /** Step {@code step} of the open run was skipped without executing (further). */
    record RollbackStepSkipped(int step, String reason) implements RollbackEvent {
    }

    /** The open rollback run was stopped; none of its remaining steps will run. */
    record RollbackAborted(String reason) implements RollbackEvent {
    }

    /** A monitoring command of the template was run; same fields as a finished rollback step. */
    record MonitorRan(String monitor, String command, int exitCode, long durationMillis, boolean timedOut,
                      String outputRef) implements RollbackEvent {
    }
}
