package dev.preflight.bot.reminder;

import dev.preflight.bot.TestClock;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderCommands;
import dev.preflight.commands.reminder.ReminderPoster;
import dev.preflight.commands.reminder.ReminderRoutine;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.commands.template.MaintenanceTask;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteOptions;
import dev.preflight.storage.sqlite.SqliteReminderStore;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** One bot instance's reminders on a real SQLite file: store, routine and commands, wired as the bot wires them. */
final class ReminderBench implements AutoCloseable {

    /** The "Regular Maintenance" tasks of the bundled checklist, as the template parser reads them. */
    static final List<MaintenanceTask> BUNDLED_TASKS = BundledTemplate.template().maintenance();

    private static final AtomicInteger REQUESTS = new AtomicInteger();

    final SqliteDatabase db;
    final SqliteReminderStore store;
    final ReminderRoutine routine;
    final ReminderCommands commands;
    final TestClock clock;

    ReminderBench(Path file, ReminderSettings settings, ReminderPoster poster, TestClock clock, String instance) {
        this.clock = clock;
        db = SqliteDatabase.open(file, SqliteOptions.DEFAULTS.withSynchronous(SqliteOptions.Synchronous.NORMAL));
        store = new SqliteReminderStore(db);
        routine = new ReminderRoutine(settings, BUNDLED_TASKS, store, poster, clock, instance);
        commands = new ReminderCommands(settings, store, routine, poster, clock);
    }

    static ReminderSettings berlinDefaults() {
        return ReminderSettings.defaults("#ops", TestClock.BERLIN);
    }

    /** Runs the routine at {@code berlinLocalDateTime}, e.g. {@code 2024-03-04T09:00}. */
    ReminderRoutine.Pass runAt(String berlinLocalDateTime) {
        clock.set(berlinLocalDateTime);
        return routine.run();
    }

    /** Runs the routine four times a day, at 08:00, 09:00, 13:00 and 18:00 Berlin time, from {@code from} to {@code to}. */
    void runDaily(String from, String to) {
        for (LocalDate day = LocalDate.parse(from); !day.isAfter(LocalDate.parse(to)); day = day.plusDays(1)) {
            for (int hour : new int[] {8, 9, 13, 18}) {
                clock.set(day.atTime(hour, 0).atZone(TestClock.BERLIN).toInstant());
                routine.run();
            }
        }
    }

    /** What {@code user} gets back for typing {@code remind <text>}. */
    List<Reply> type(String user, String text) {
        return type(user, text, "req-" + REQUESTS.incrementAndGet());
    }

    /** The same, as request {@code requestId} (the chat platform replays a request with the same id). */
    List<Reply> type(String user, String text, String requestId) {
        return commands.handle(new Invocation(user, "#ops", Optional.empty(), requestId, text));
    }

    /** Everything in the store, to compare before and after a command that must change nothing. */
    List<Reminder> everything() {
        return store.dueSince(Instant.EPOCH);
    }

    @Override
    public void close() {
        db.close();
    }
}
