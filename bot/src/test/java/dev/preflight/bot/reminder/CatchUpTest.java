package dev.preflight.bot.reminder;

import dev.preflight.bot.TestClock;
import dev.preflight.commands.reminder.Origin;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderRoutine;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.preflight.bot.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("After downtime and restarts")
class CatchUpTest {

    @TempDir
    Path dir;

    private final List<ReminderBench> benches = new ArrayList<>();
    private final RecordingPoster chat = new RecordingPoster();

    @AfterEach
    void closeAll() {
        benches.forEach(ReminderBench::close);
    }

    /** A bot (re)started at {@code start} on the same database file as every other bench of the test. */
    ReminderBench start(String start) {
        ReminderBench bench = new ReminderBench(dir.resolve("preflight.db"), ReminderBench.berlinDefaults(), chat,
                TestClock.berlin(start), "bot-" + benches.size());
        benches.add(bench);
        bench.routine.run();
        return bench;
    }

    void stop(ReminderBench bench) {
        bench.close();
        benches.remove(bench);
    }

    @Test
    @DisplayName("every occurrence missed during a week of downtime is posted once, marked late, in due order")
    void weekOfDowntime() {
        ReminderBench before = start("2024-03-27T08:00");
        before.runAt("2024-03-27T09:00");
        stop(before);
        assertThat(chat.posted).extracting(Reminder::cadence).containsExactly(Cadence.DAILY);

        ReminderBench after = start("2024-04-03T10:00");
        after.runAt("2024-04-03T10:01");
        after.runAt("2024-04-03T13:00");

        List<Reminder> late = chat.posted.subList(1, chat.posted.size());
        assertThat(late).extracting(Reminder::cadence, Reminder::dueAt).containsExactly(
                tuple(Cadence.DAILY, at("2024-03-28T09:00")),
                tuple(Cadence.DAILY, at("2024-03-29T09:00")),
                tuple(Cadence.DAILY, at("2024-04-01T09:00")),
                tuple(Cadence.DAILY, at("2024-04-02T09:00")),
                tuple(Cadence.DAILY, at("2024-04-03T09:00")),
                tuple(Cadence.WEEKLY, at("2024-04-01T09:00")),
                tuple(Cadence.MONTHLY, at("2024-04-01T09:00")),
                tuple(Cadence.QUARTERLY, at("2024-04-01T09:00")));
        assertThat(late).extracting(Reminder::origin).containsOnly(Origin.CAUGHT_UP);
        assertThat(after.everything()).hasSize(9).allSatisfy(r -> assertThat(r.postedAt()).isPresent());
    }

    @Test
    @DisplayName("caught-up reminders of periods that are over are not nudged; the current ones are")
    void onlyCurrentOnesAreNudged() {
        stop(start("2024-03-27T08:00"));
        ReminderBench after = start("2024-04-03T10:00");

        after.runAt("2024-04-03T13:00");

        assertThat(chat.nudged).extracting(n -> n.reminder().cadence(), n -> n.reminder().dueAt())
                .containsExactly(tuple(Cadence.DAILY, at("2024-04-03T09:00")));
    }

    @Test
    @DisplayName("a restart never posts an occurrence twice")
    void restartPostsNothingTwice() {
        ReminderBench first = start("2024-03-31T08:00");
        first.runAt("2024-04-01T09:00");
        stop(first);
        int posted = chat.posted.size();

        ReminderBench second = start("2024-04-01T09:00");
        second.runAt("2024-04-01T09:05");
        stop(second);
        start("2024-04-01T09:30");

        assertThat(posted).isEqualTo(4);
        assertThat(chat.posted).hasSize(4);
    }

    @Test
    @DisplayName("a reminder claimed but never posted, because chat was down, is posted once when chat is back")
    void unpostedIsPostedLater() {
        ReminderBench bench = start("2024-04-01T08:00");
        chat.goDown();

        ReminderRoutine.Pass failed = bench.runAt("2024-04-01T09:00");
        chat.comeBack();
        bench.runAt("2024-04-01T09:01");
        bench.clock.advance(ReminderRoutine.CLAIM_LEASE);
        bench.routine.run();
        bench.clock.advance(Duration.ofMinutes(10));
        bench.routine.run();

        assertThat(failed.failures()).hasSize(4).allSatisfy(f -> assertThat(f).contains("chat is down"));
        assertThat(chat.posted).hasSize(4).extracting(Reminder::id).doesNotHaveDuplicates();
        assertThat(bench.everything()).allSatisfy(r -> assertThat(r.postedAt()).isPresent());
    }

    @Test
    @DisplayName("a reminder claimed by a bot that stopped before posting it is posted once by the next one")
    void claimOfAStoppedBotIsTakenOver() {
        ReminderBench crashed = start("2024-04-01T08:00");
        chat.goDown();
        crashed.runAt("2024-04-01T09:00");
        stop(crashed);
        chat.comeBack();

        ReminderBench next = start("2024-04-01T09:00:30");
        ReminderBench later = start("2024-04-01T09:03");

        assertThat(next.everything()).hasSize(4);
        assertThat(chat.posted).hasSize(4).extracting(Reminder::id).doesNotHaveDuplicates();
        assertThat(later.everything()).allSatisfy(r -> assertThat(r.postedAt()).isPresent());
    }
}
