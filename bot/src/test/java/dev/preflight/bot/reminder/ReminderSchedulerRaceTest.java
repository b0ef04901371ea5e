package dev.preflight.bot.reminder;

import dev.preflight.bot.TestClock;
import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderPoster;
import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static dev.preflight.bot.TestClock.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Two bot instances sharing one SQLite file")
class ReminderSchedulerRaceTest {

    /** Every cadence on a cron of its own, so that a few hours of downtime leave hundreds of occurrences. */
    static final ReminderSettings BUSY = ReminderSettings.off()
            .with(ReminderSchedule.defaults(Cadence.DAILY, "#ops", BERLIN).withCron("* * * * *"))
            .with(ReminderSchedule.defaults(Cadence.WEEKLY, "#ops", BERLIN).withCron("*/2 * * * *"))
            .with(ReminderSchedule.defaults(Cadence.MONTHLY, "#ops", BERLIN).withCron("*/5 * * * *"))
            .with(ReminderSchedule.defaults(Cadence.QUARTERLY, "#ops", BERLIN).withCron("0 * * * *"));

    @TempDir
    Path dir;

    @RepeatedTest(3)
    @DisplayName("post each occurrence they race for exactly once")
    void eachOccurrenceOnce() throws InterruptedException {
        Path file = dir.resolve("shared.db");
        TestClock clock = TestClock.berlin("2024-03-04T06:00");
        int expected = 180 + 90 + 36 + 3;
        CountDownLatch allPosted = new CountDownLatch(expected);
        CountingPoster chat = new CountingPoster(allPosted);
        try (ReminderBench a = new ReminderBench(file, BUSY, chat, clock, "bot-a");
             ReminderBench b = new ReminderBench(file, BUSY, chat, clock, "bot-b")) {
            a.routine.run();
            clock.set("2024-03-04T09:00");

            try (ReminderScheduler first = new ReminderScheduler(a.routine, Duration.ofMillis(1));
                 ReminderScheduler second = new ReminderScheduler(b.routine, Duration.ofMillis(1))) {
                first.start();
                second.start();
                assertThat(allPosted.await(60, TimeUnit.SECONDS)).as("all %d occurrences posted", expected).isTrue();
            }

            Map<String, Long> perOccurrence = chat.posted.stream().collect(
                    Collectors.groupingBy(r -> r.cadence() + " " + r.dueAt(), Collectors.counting()));
            assertThat(perOccurrence).hasSize(expected);
            assertThat(perOccurrence.values()).containsOnly(1L);
            assertThat(a.everything()).hasSize(expected).allSatisfy(r -> assertThat(r.postedAt()).isPresent());
        }
    }

    @Test
    @DisplayName("post a reminder asked for once, however often and wherever the request is replayed")
    void replayedRequestPostsOnce() throws InterruptedException {
        Path file = dir.resolve("shared.db");
        TestClock clock = TestClock.berlin("2024-03-04T08:00");
        CountingPoster chat = new CountingPoster(new CountDownLatch(1));
        try (ReminderBench a = new ReminderBench(file, ReminderBench.berlinDefaults(), chat, clock, "bot-a");
             ReminderBench b = new ReminderBench(file, ReminderBench.berlinDefaults(), chat, clock, "bot-b");
             ReminderScheduler passes = new ReminderScheduler(b.routine, Duration.ofMillis(1))) {
            passes.start();
            a.type("alice", "now weekly", "request-1");
            a.type("alice", "now weekly", "request-1");
            b.type("alice", "now weekly", "request-1");

            assertThat(chat.posted).extracting(Reminder::cadence).containsExactly(Cadence.WEEKLY);
        }
    }

    /** Records posts from any thread and counts them down. */
    static final class CountingPoster implements ReminderPoster {
        final List<Reminder> posted = new CopyOnWriteArrayList<>();
        private final CountDownLatch latch;

        CountingPoster(CountDownLatch latch) {
            this.latch = latch;
        }

        @Override
        public String post(Reminder reminder) {
            posted.add(reminder);
            latch.countDown();
            return "ts-" + reminder.id();
        }

        @Override
        public void update(Reminder reminder) {
        }

        @Override
        public void nudge(Reminder reminder, Nudge nudge) {
        }
    }
}
