package dev.preflight.commands.rollback;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Executes rollback steps and monitoring commands somewhere: on the bot's host, over SSH, as a CI job. The core
 * only ever talks to this port, so another place to run commands is another implementation of it.
 */
public interface StepRunner {

    /**
     * Starts {@code command} with no input. Its output (stdout and stderr together) goes to {@code output} as it
     * comes, from a thread of the runner's. After {@code timeout} the command and everything it started are
     * killed. A command that cannot be started at all ends with {@link StepOutcome.Ending#NOT_STARTED}.
     *
     * @throws StepRunnerException when the runner itself is broken (not when the command fails)
     */
    Execution start(StepCommand command, OutputSink output, Duration timeout);

    /** A command that has been started. */
    interface Execution {

        /** Completes once the command's processes are gone and all of its output has been given to the sink. */
        CompletableFuture<StepOutcome> outcome();

        /** Kills the command and everything it started, at once; the outcome then ends {@code CANCELLED}. */
        void cancel();
    }
}
