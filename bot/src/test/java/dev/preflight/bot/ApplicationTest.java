package dev.preflight.bot;

import dev.preflight.bot.config.Settings;
import dev.preflight.bot.reminder.PrintingReminderPoster;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderPoster;
import dev.preflight.commands.reminder.ReminderSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static dev.preflight.bot.TestClock.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The application's maintenance reminders")
class ApplicationTest {

    private static final Duration QUICKLY = Duration.ofMillis(10);

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.berlin("2024-03-04T08:59");
    private final StringWriter chat = new StringWriter();
    private final ThreadNoting poster = new ThreadNoting(new PrintingReminderPoster(new PrintWriter(chat)));

    private Settings settings(ReminderSettings reminders) {
        return new Settings(dir.resolve("preflight.db"), BERLIN, Settings.BUNDLED_TEMPLATE, Map.of(), Map.of(), Set.of())
                .withReminders(reminders);
    }

    private static List<Reply> type(Application app, String text) {
        return app.preflight().handle(new Invocation("U0111", "#ops", Optional.empty(), "req-" + text, text));
    }

    @Test
    @DisplayName("are off without a reminders block: remind says how to switch them on, and no scheduler starts")
    void offWithoutSettings() {
        try (Application app = Application.start(settings(ReminderSettings.off()), clock, poster)) {
            assertThat(app.startReminders()).isFalse();
            assertThat(type(app, "remind list")).singleElement().isInstanceOf(Reply.Whisper.class)
                    .extracting(r -> ((Reply.Whisper) r).text()).asString().contains("reminders:");
        }
    }

    @Test
    @DisplayName("post what falls due in the front end's chat, and stop when the application closes")
    void schedulerPostsUntilClosed() throws InterruptedException {
        Application app = Application.start(settings(ReminderSettings.defaults("#ops", BERLIN)), clock, poster);
        try {
            assertThat(app.startReminders(QUICKLY)).isTrue();
            await(() -> schedulesRecorded(app) == 4);
            clock.set("2024-03-04T09:01");
            await(() -> chat.toString().contains("[#ops] Weekly maintenance #2, due Mon 4 Mar 2024 09:00"));
            assertThat(chat.toString()).contains("[#ops] Daily maintenance #1, due Mon 4 Mar 2024 09:00");
        } finally {
            app.close();
        }
        Thread scheduler = poster.thread.get();
        scheduler.join(Duration.ofSeconds(10).toMillis());
        assertThat(scheduler.isAlive()).as("the thread that posted, after close").isFalse();
    }

    @Test
    @DisplayName("asked for by a front end without a chat are kept and posted by an instance with one")
    void withoutAChatLeavesThePostToAnother() {
        Settings settings = settings(ReminderSettings.defaults("#ops", BERLIN));
        try (Application headless = Application.start(settings, clock)) {
            assertThat(type(headless, "remind now weekly").toString())
                    .contains("Reminder #1 is recorded but chat could not be reached");
        }
        clock.set("2024-03-04T09:05");
        try (Application withChat = Application.start(settings, clock, poster)) {
            withChat.startReminders(QUICKLY);
            await(() -> chat.toString().contains("[#ops] Weekly maintenance #1, asked for Mon 4 Mar 2024 08:59"));
        }
    }

    /** How many cadences' rules the scheduler's passes have recorded: the first pass records every one. */
    private static int schedulesRecorded(Application app) {
        return app.database().read(c -> {
            try (var statement = c.createStatement();
                 var rows = statement.executeQuery("SELECT count(*) FROM reminder_schedules")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 seconds").isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Posts with {@code delegate}, noting the thread that posted last. */
    private static final class ThreadNoting implements ReminderPoster {
        private final ReminderPoster delegate;
        private final AtomicReference<Thread> thread = new AtomicReference<>();

        ThreadNoting(ReminderPoster delegate) {
            this.delegate = delegate;
        }

        @Override
        public String post(Reminder reminder) {
            thread.set(Thread.currentThread());
            return delegate.post(reminder);
        }

        @Override
        public void update(Reminder reminder) {
            delegate.update(reminder);
        }

        @Override
        public void nudge(Reminder reminder, Nudge nudge) {
            delegate.nudge(reminder, nudge);
        }
    }
}
