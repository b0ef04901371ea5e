package dev.preflight.bot.reminder;

import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderRoutine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the reminder routine on a thread of its own: at once on {@link #start()}, then every {@code interval}.
 * Time itself comes from the routine's injected clock; the interval only says how often to look. A failing
 * pass is logged and the next one tries again, so a database or chat outage delays reminders but loses none.
 */
public final class ReminderScheduler implements AutoCloseable {

    /** How often the bot looks for due reminders unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderRoutine routine;
    private final Duration interval;
    private final ScheduledExecutorService executor;

    public ReminderScheduler(ReminderRoutine routine, Duration interval) {
        this.routine = Objects.requireNonNull(routine, "routine");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the reminder interval must be positive, not " + interval);
        }
        this.interval = interval;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "preflight-reminders");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the passes; the first runs at once. */
    public void start() {
        executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs one pass on the calling thread, logging instead of throwing. */
    void runOnce() {
        try {
            ReminderRoutine.Pass pass = routine.run();
            if (!pass.posted().isEmpty() || !pass.nudged().isEmpty()) {
                LOG.info("reminders: posted {}, nudged {}", ids(pass.posted()), ids(pass.nudged()));
            }
            pass.failures().forEach(failure -> LOG.warn("reminders: {}", failure));
        } catch (RuntimeException e) {
            LOG.warn("reminders: the pass failed and is tried again in {}: {}", interval, e.toString());
        }
    }

    /** "3 (#4, #5, #6)", naming at most five. */
    private static String ids(List<Reminder> reminders) {
        String named = reminders.stream().limit(5).map(r -> "#" + r.id()).collect(Collectors.joining(", "));
        return reminders.size() + (reminders.isEmpty() ? "" : " (" + named + (reminders.size() > 5 ? ", ..." : "") + ")");
    }

    /** Stops the passes, waiting for one that is running to finish. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
