package dev.preflight.commands.rollback;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One command running now, with its message in the thread: output is redacted line by line, kept in full, and
 * shown (its last 3,000 characters) by replacing the message at most once per {@code every}.
 */
final class LiveRun {

    private static final System.Logger LOG = System.getLogger(LiveRun.class.getName());

    private final String channel;
    private final Optional<String> thread;
    private final String key;
    private final String heading;
    private final RollbackListener listener;
    private final ScheduledExecutorService notifier;
    private final Duration every;
    private final OutputCapture capture = new OutputCapture();
    private final RedactingSink redacting;
    private boolean updatePending;
    private boolean finished;
    private volatile StepRunner.Execution execution;

    LiveRun(String channel, Optional<String> thread, String key, String heading, Redactor redactor,
            RollbackListener listener, ScheduledExecutorService notifier, Duration every) {
        this.channel = channel;
        this.thread = thread;
        this.key = key;
        this.heading = heading;
        this.listener = listener;
        this.notifier = notifier;
        this.every = every;
        this.redacting = new RedactingSink(redactor, this::captured);
    }

    String key() {
        return key;
    }

    /** Posts the message and starts {@code command}; the future completes when it has ended. */
    CompletableFuture<StepOutcome> start(StepRunner runner, StepCommand command, Duration timeout) {
        show(heading, false, List.of());
        try {
            execution = runner.start(command, redacting, timeout);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot start a rollback command", e);
            redacting.accept("Preflight could not start the command: " + e.getMessage() + "\n");
            return CompletableFuture.completedFuture(StepOutcome.killed(StepOutcome.Ending.NOT_STARTED,
                    Duration.ZERO));
        }
        return execution.outcome().handle((outcome, error) -> {
            if (error == null) {
                return outcome;
            }
            LOG.log(System.Logger.Level.WARNING, "a rollback command's runner failed", error);
            redacting.accept("\nPreflight lost track of the command: " + error.getMessage() + "\n");
            return StepOutcome.killed(StepOutcome.Ending.NOT_STARTED, Duration.ZERO);
        });
    }

    void cancel() {
        StepRunner.Execution e = execution;
        if (e != null) {
            e.cancel();
        }
    }

    /** Everything the command printed, redacted; call once it has ended. */
    String output() {
        redacting.flush();
        return capture.full();
    }

    /** Replaces the message a last time, with the outcome and what may be done next. */
    void finish(String text, List<String> actions) {
        redacting.flush();
        synchronized (this) {
            finished = true;
        }
        show(text, true, actions);
    }

    private void captured(String text) {
        capture.accept(text);
        synchronized (this) {
            if (updatePending || finished) {
                return;
            }
            updatePending = true;
        }
        try {
            notifier.schedule(this::update, every.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "not showing a rollback update after shutdown");
        }
    }

    private void update() {
        synchronized (this) {
            updatePending = false;
            if (finished) {
                return;
            }
        }
        deliver(new LiveMessage(channel, thread, key, heading, capture.shown(), false, List.of()));
    }

    private void show(String text, boolean last, List<String> actions) {
        LiveMessage message = new LiveMessage(channel, thread, key, text, capture.shown(), last, actions);
        try {
            notifier.execute(() -> deliver(message));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "not showing a rollback update after shutdown");
        }
    }

    private void deliver(LiveMessage message) {
        try {
            listener.show(message);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot show the progress of a rollback command", e);
        }
    }
}
