package dev.preflight.bot.reminder;

import dev.preflight.bot.TestClock;
import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderPoster;
import dev.preflight.commands.reminder.ReminderRoutine;
import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The reminder scheduler")
class ReminderSchedulerTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("keeps running after a pass fails, and the next passes post what the failed one could not")
    void survivesAFailingPass() throws InterruptedException {
        CountDownLatch failed = new CountDownLatch(1);
        CountDownLatch posted = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        ReminderPoster flaky = new ReminderPoster() {
            @Override
            public String post(Reminder reminder) {
                if (attempts.incrementAndGet() == 1) {
                    failed.countDown();
                    throw new IllegalStateException("the chat client broke");
                }
                posted.countDown();
                return "ts-" + reminder.id();
            }

            @Override
            public void update(Reminder reminder) {
            }

            @Override
            public void nudge(Reminder reminder, Nudge nudge) {
            }
        };
        TestClock clock = TestClock.berlin("2024-03-04T08:00");
        try (ReminderBench bench = new ReminderBench(dir.resolve("preflight.db"),
                ReminderSettings.off().with(ReminderSchedule.defaults(Cadence.DAILY, "#ops", TestClock.BERLIN)),
                flaky, clock, "bot")) {
            bench.routine.run();
            clock.set("2024-03-04T09:00");

            try (ReminderScheduler scheduler = new ReminderScheduler(bench.routine, Duration.ofMillis(1))) {
                scheduler.start();
                assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();
                clock.advance(ReminderRoutine.CLAIM_LEASE);
                assertThat(posted.await(30, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(bench.everything()).singleElement().satisfies(r -> assertThat(r.postedAt()).isPresent());
            assertThat(attempts).hasValue(2);
        }
    }
}
