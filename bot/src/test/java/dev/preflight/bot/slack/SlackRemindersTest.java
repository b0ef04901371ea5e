package dev.preflight.bot.slack;

import com.google.gson.JsonObject;
import dev.preflight.bot.TestClock;
import dev.preflight.bot.slack.blocks.BlockIds;
import dev.preflight.bot.slack.fake.Eventually;
import dev.preflight.bot.slack.fake.FakeMessage;
import dev.preflight.bot.slack.fake.Fault;
import dev.preflight.bot.slack.fake.Interactions;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.preflight.bot.slack.ReminderFixture.OPS;
import static dev.preflight.bot.slack.SlackFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Maintenance reminders in Slack")
class SlackRemindersTest {

    private static final String ALICE = "UALICE";
    private static final String BOB = "UBOB";
    private static final String DAILY = "Daily maintenance #1";
    private static final String WEEKLY = "Weekly maintenance #2";

    @TempDir
    Path dir;

    ReminderFixture fx;

    @BeforeEach
    void start() {
        fx = new ReminderFixture(dir, "2024-03-04T08:59");
        fx.run();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** Monday 09:01: the daily and the weekly reminder fall due. */
    private void dueAtNine() {
        fx.clock.set("2024-03-04T09:01");
        assertThat(fx.run().posted()).hasSize(2);
    }

    private List<FakeMessage> posted() {
        return fx.slack.workspace().channel(OPS);
    }

    private static String doneBy(Reminder r, int task) {
        return r.task(task).flatMap(ReminderTask::done).map(ReminderTask.Done::user).orElse("(open)");
    }

    @Nested
    @DisplayName("when they fall due")
    class Posting {

        @Test
        @DisplayName("each is posted once in its channel, its tasks as checkboxes")
        void postedOnceWithCheckboxes() {
            dueAtNine();
            fx.clock.set("2024-03-04T09:02");
            assertThat(fx.run().posted()).as("a second pass").isEmpty();

            FakeMessage daily = fx.message(DAILY);
            fx.message(WEEKLY);
            fx.awaitQuiet();
            assertThat(posted()).hasSize(2);
            for (int task = 1; task <= 3; task++) {
                JsonObject block = Interactions.checkboxBlock(daily, task).orElseThrow();
                assertThat(BlockIds.taskRange(block.get("block_id").getAsString())).get()
                        .extracting(BlockIds.TaskRange::reminder).isEqualTo(1L);
                assertThat(Interactions.ticked(daily, task)).isFalse();
            }
            assertThat(daily.visibleText()).contains("Check error logs", "Monitor uptime alerts",
                    "Verify backups completed", BlockIds.REMIND_ACTION);
            assertThat(fx.reminder(1).messageRef()).contains("reminder:1");
            assertThat(fx.slack.workspace().violations()).isEmpty();
        }

        @Test
        @DisplayName("a Slack outage delays the post but never doubles it")
        void outageDelaysButNeverDoubles() {
            fx.slack.outage(new Fault.ServerError(503));
            dueAtNine();
            Eventually.await("a few failed attempts", WAIT, () -> fx.slack.workspace().failures() >= 3);
            assertThat(posted()).isEmpty();

            fx.slack.recover();

            fx.message(DAILY);
            fx.message(WEEKLY);
            fx.awaitQuiet();
            assertThat(posted()).extracting(FakeMessage::text).hasSize(2);
        }

        @Test
        @DisplayName("posting again after the bot stopped before recording the post adds nothing")
        void postedAgainAfterAStopIsANoOp() {
            fx.slack.outage(new Fault.ServerError(503));
            fx.stopAfterNextPost();
            fx.clock.set("2024-03-04T09:01");
            assertThat(fx.run().failures()).as("the daily post, not recorded").hasSize(1);
            assertThat(fx.reminder(1).postedAt()).isEmpty();
            fx.slack.recover();
            fx.message(DAILY);

            fx.clock.set("2024-03-04T09:04");
            assertThat(fx.run().posted()).as("taken over after the lease").extracting(Reminder::id).containsExactly(1L);

            fx.awaitQuiet();
            assertThat(posted()).filteredOn(m -> m.text().startsWith(DAILY)).hasSize(1);
            assertThat(fx.reminder(1).postedAt()).isPresent();
        }
    }

    @Nested
    @DisplayName("a click on a checkbox")
    class Clicking {

        FakeMessage daily;

        @BeforeEach
        void postDue() {
            dueAtNine();
            daily = fx.message(DAILY);
            fx.awaitQuiet();
        }

        @Test
        @DisplayName("ticks the task for the clicker and updates the message in place")
        void ticksAndUpdatesInPlace() {
            fx.clock.set("2024-03-04T09:40");

            fx.click(Interactions.toggle(ALICE, daily, 2));

            assertThat(doneBy(fx.reminder(1), 2)).isEqualTo(ALICE);
            Eventually.await("task 2 shown ticked", WAIT, () -> Interactions.ticked(fx.message(DAILY), 2));
            FakeMessage updated = fx.message(DAILY);
            assertThat(updated.ts()).isEqualTo(daily.ts());
            assertThat(updated.updates()).isPositive();
            assertThat(updated.visibleText()).contains("<@UALICE>, Mon 4 Mar 2024 09:40", "2 of 3 tasks left");
            assertThat(posted()).hasSize(2);
            assertThat(fx.slack.workspace().delivered()).contains("update " + OPS + "/" + daily.ts());
        }

        @Test
        @DisplayName("once every task is ticked, the message says all done and by whom")
        void allDone() {
            fx.click(Interactions.toggle(ALICE, daily, 2));
            Eventually.await("task 2 shown ticked", WAIT, () -> Interactions.ticked(fx.message(DAILY), 2));
            fx.clock.set("2024-03-04T10:12");
            fx.click(Interactions.toggle(BOB, fx.message(DAILY), 1));
            Eventually.await("task 1 shown ticked", WAIT, () -> Interactions.ticked(fx.message(DAILY), 1));
            fx.click(Interactions.toggle(BOB, fx.message(DAILY), 3));

            assertThat(fx.reminder(1).isDone()).isTrue();
            Eventually.await("all done", WAIT, () -> fx.message(DAILY).visibleText()
                    .contains("All done by <@UALICE> and <@UBOB>, Mon 4 Mar 2024 10:12."));
            fx.awaitQuiet();
            assertThat(posted()).hasSize(2);
            assertThat(fx.slack.workspace().ephemerals()).isEmpty();
            assertThat(fx.slack.workspace().violations()).isEmpty();
        }

        @Test
        @DisplayName("delivered twice is recorded once, and nothing is said about the second")
        void deliveredTwice() {
            JsonObject click = Interactions.toggle(ALICE, daily, 2);

            fx.click(click);
            fx.clock.set("2024-03-04T09:30");
            fx.click(click);

            ReminderTask.Done done = fx.reminder(1).task(2).orElseThrow().done().orElseThrow();
            assertThat(done.user()).isEqualTo(ALICE);
            assertThat(done.at()).isEqualTo(TestClock.at("2024-03-04T09:01"));
            fx.awaitQuiet();
            assertThat(fx.slack.workspace().ephemerals()).isEmpty();
            assertThat(Interactions.ticked(fx.message(DAILY), 2)).isTrue();
        }

        @Test
        @DisplayName("on a message a moment behind leaves someone else's tick alone")
        void staleMessage() {
            fx.click(Interactions.toggle(ALICE, daily, 2));

            fx.click(Interactions.toggle(BOB, daily, 2));

            assertThat(doneBy(fx.reminder(1), 2)).isEqualTo(ALICE);
            fx.awaitQuiet();
            assertThat(Interactions.ticked(fx.message(DAILY), 2)).isTrue();
            assertThat(fx.message(DAILY).visibleText()).contains("<@UALICE>").doesNotContain("<@UBOB>");
        }

        @Test
        @DisplayName("that unticks a done task sets the checkbox back: done stays done")
        void untickIsSetBack() {
            fx.click(Interactions.toggle(ALICE, daily, 2));
            Eventually.await("task 2 shown ticked", WAIT, () -> Interactions.ticked(fx.message(DAILY), 2));
            fx.awaitQuiet();
            int updates = fx.message(DAILY).updates();

            fx.click(Interactions.toggle(ALICE, fx.message(DAILY), 2));

            Eventually.await("the message shown again", WAIT, () -> fx.message(DAILY).updates() > updates);
            assertThat(Interactions.ticked(fx.message(DAILY), 2)).isTrue();
            assertThat(doneBy(fx.reminder(1), 2)).isEqualTo(ALICE);
        }
    }

    @Nested
    @DisplayName("when late")
    class Nudging {

        @Test
        @DisplayName("a nudge goes into the reminder's thread, mentioning the escalation role's holders from the second on")
        void nudgesInThread() {
            dueAtNine();
            FakeMessage daily = fx.message(DAILY);
            fx.click(Interactions.toggle(ALICE, daily, 1));

            fx.clock.set("2024-03-04T12:01");
            assertThat(fx.run().nudged()).extracting(Reminder::id).containsExactly(1L);
            Eventually.await("the first nudge", WAIT, () -> fx.slack.workspace().thread(OPS, daily.ts()).size() == 1);
            fx.clock.set("2024-03-04T15:02");
            fx.run();
            Eventually.await("the second nudge", WAIT, () -> fx.slack.workspace().thread(OPS, daily.ts()).size() == 2);

            List<FakeMessage> nudges = fx.slack.workspace().thread(OPS, daily.ts());
            assertThat(nudges.get(0).text()).contains("still open: 2 of 3 tasks left", "Monitor uptime alerts")
                    .doesNotContain("Check error logs", "<@");
            assertThat(nudges.get(1).text()).startsWith("<@" + ReminderFixture.OPS_LEAD + ">");
            fx.awaitQuiet();
            assertThat(posted()).hasSize(2);
            assertThat(fx.slack.workspace().violations()).isEmpty();
        }
    }

    @Test
    @DisplayName("a Slack outage during a tick delays the update, which then shows the tick")
    void outageDuringTick() {
        dueAtNine();
        FakeMessage daily = fx.message(DAILY);
        fx.awaitQuiet();
        fx.slack.outage(new Fault.ServerError(500));

        fx.click(Interactions.toggle(ALICE, daily, 3));
        Eventually.await("a failed attempt", WAIT, () -> fx.slack.workspace().failures() >= 1);
        fx.slack.recover();

        Eventually.await("task 3 shown ticked", Duration.ofSeconds(10), () -> Interactions.ticked(fx.message(DAILY), 3));
        assertThat(posted()).hasSize(2);
    }
}
