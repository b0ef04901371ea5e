package dev.preflight.bot.reminder;

import dev.preflight.bot.TestClock;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderTask;
import dev.preflight.commands.reminder.ReminderText;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static dev.preflight.bot.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The remind commands")
class ReminderCommandsTest {

    @TempDir
    Path dir;

    private final RecordingPoster chat = new RecordingPoster();
    private ReminderBench bench;

    @BeforeEach
    void open() {
        bench = new ReminderBench(dir.resolve("preflight.db"), ReminderBench.berlinDefaults().without(Cadence.QUARTERLY),
                chat, TestClock.berlin("2024-03-04T10:00"), "bot");
    }

    @AfterEach
    void close() {
        bench.close();
    }

    static String text(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return replies.get(0) instanceof Reply.Say say ? say.text() : ((Reply.Whisper) replies.get(0)).text();
    }

    @Nested
    @DisplayName("remind now")
    class Now {

        @Test
        @DisplayName("posts the cadence's tasks at once, as a reminder that can be ticked")
        void posts() {
            assertThat(bench.type("alice", "now weekly")).containsExactly(new Reply.Say("Posted weekly maintenance #1 in #ops."));

            assertThat(chat.posted).singleElement().satisfies(r -> {
                assertThat(r.cadence()).isEqualTo(Cadence.WEEKLY);
                assertThat(r.tasks()).extracting(ReminderTask::text).containsExactly("Review security logs",
                        "Check for failed login attempts", "Verify Stripe transactions");
            });
        }

        @Test
        @DisplayName("posts nothing more when the same request is replayed")
        void replay() {
            bench.type("alice", "now weekly", "slack-request-7");

            assertThat(bench.type("alice", "now weekly", "slack-request-7"))
                    .containsExactly(new Reply.Say("Already posted as reminder #1."));
            assertThat(chat.posted).hasSize(1);
        }

        @Test
        @DisplayName("refuses a cadence that is switched off")
        void switchedOff() {
            assertThat(bench.type("alice", "now quarterly")).containsExactly(new Reply.Whisper(
                    "The quarterly reminders are switched off; set `reminders.quarterly` in the settings to post them."));
            assertThat(chat.posted).isEmpty();
        }
    }

    @Nested
    @DisplayName("remind done")
    class Done {

        @Test
        @DisplayName("records who did each task and when, and updates the message in place")
        void recordsWhoAndWhen() {
            bench.type("alice", "now daily");
            bench.clock.set("2024-03-04T10:05");

            assertThat(text(bench.type("alice", "done 1 1,3"))).isEqualTo("Ticked tasks 1, 3 of reminder #1; 1 of 3 tasks left.");

            Reminder stored = bench.store.find(1).orElseThrow();
            assertThat(stored.task(1).orElseThrow().done()).contains(new ReminderTask.Done("alice", at("2024-03-04T10:05")));
            assertThat(stored.task(2).orElseThrow().done()).isEmpty();
            assertThat(chat.updated).singleElement().isEqualTo(stored);
            assertThat(ReminderText.message(chat.updated.get(0))).contains("1. [x] Check error logs (alice, Mon 4 Mar 2024 10:05)")
                    .contains("2. [ ] Monitor uptime alerts");
        }

        @Test
        @DisplayName("says when all are done and by whom, in the message too")
        void allDone() {
            bench.type("alice", "now daily");
            bench.type("alice", "done 1 1 2");
            bench.clock.set("2024-03-04T10:30");

            assertThat(text(bench.type("bob", "done #1 all"))).isEqualTo(
                    "Done: daily maintenance #1. All done by alice and bob, Mon 4 Mar 2024 10:30.");
            assertThat(ReminderText.message(chat.updated.get(1))).endsWith("All done by alice and bob, Mon 4 Mar 2024 10:30.");
            assertThat(text(bench.type("carol", "list"))).startsWith("Nothing open.");
        }
    }

    @Nested
    @DisplayName("answer bad input with one line saying what to type, and change nothing")
    class BadInput {

        @BeforeEach
        void oneOpenOneDone() {
            bench.type("alice", "now daily");
            bench.type("alice", "now weekly");
            bench.type("alice", "done 2 all");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "tick", "done", "done 1", "done one 1", "done 1 9", "done 1 0", "done 7 1",
                "done 2 1", "snooze 1", "snooze 1 forever", "snooze 1 90d", "snooze 2 1h", "snooze 9 1h", "skip 1",
                "skip 2 holiday", "skip 9 holiday", "now", "now yearly", "report --since 3 March", "list all",
                "frobnicate 1"})
        void changesNothing(String text) {
            List<Reminder> before = bench.everything();
            int posted = chat.posted.size();
            int updated = chat.updated.size();

            List<Reply> replies = bench.type("mallory", text);

            assertThat(replies).singleElement().isInstanceOf(Reply.Whisper.class);
            assertThat(((Reply.Whisper) replies.get(0)).text()).doesNotContain("\n").containsPattern("(?i)type|tick it");
            assertThat(bench.everything()).isEqualTo(before);
            assertThat(chat.posted).hasSize(posted);
            assertThat(chat.updated).hasSize(updated);
        }

        @Test
        @DisplayName("naming the tasks a reminder has")
        void namesTheTasks() {
            assertThat(text(bench.type("bob", "done 1 4")))
                    .isEqualTo("Reminder #1 has tasks 1 to 3, not 4; type `remind done 1 <task numbers>`.");
        }
    }

    @Test
    @DisplayName("remind list shows what is open, what was missed and what comes next")
    void list() {
        bench.routine.run();
        bench.runAt("2024-03-05T09:00");
        bench.runAt("2024-03-06T09:00");
        bench.runAt("2024-03-07T09:00");
        bench.clock.set("2024-03-07T13:00");
        bench.type("alice", "done 2 all");

        assertThat(text(bench.type("bob", "list"))).isEqualTo("""
                Open:
                Daily maintenance #3, due Thu 7 Mar 2024 09:00: 3 of 3 tasks left (late)
                Missed and never ticked: #1 (`remind report` tells more).
                Next: daily Fri 8 Mar 2024 09:00; weekly Mon 11 Mar 2024 09:00; monthly Mon 1 Apr 2024 09:00.""");
    }

    @Test
    @DisplayName("remind report tells each reminder's outcome: on time, late, skipped, missed or open")
    void report() {
        bench.routine.run();
        bench.runAt("2024-03-05T09:00");
        bench.clock.set("2024-03-05T09:30");
        bench.type("alice", "done 1 all");
        bench.runAt("2024-03-06T09:00");
        bench.clock.set("2024-03-06T15:00");
        bench.type("bob", "done 2 all");
        bench.runAt("2024-03-07T09:00");
        bench.type("bob", "skip 3 release freeze");
        bench.runAt("2024-03-11T09:00");

        assertThat(text(bench.type("carol", "report --since 2024-03-05"))).isEqualTo("""
                Since Tue 5 Mar 2024: 1 on time, 1 late, 1 skipped, 1 missed, 2 open.
                Daily maintenance #1, due Tue 5 Mar 2024 09:00: on time, done by alice Tue 5 Mar 2024 09:30
                Daily maintenance #2, due Wed 6 Mar 2024 09:00: late, done by bob Wed 6 Mar 2024 15:00
                Daily maintenance #3, due Thu 7 Mar 2024 09:00: skipped by bob: release freeze
                Daily maintenance #4, due Fri 8 Mar 2024 09:00: missed (posted late), 3 of 3 tasks left
                Daily maintenance #5, due Mon 11 Mar 2024 09:00: open, 3 of 3 tasks left
                Weekly maintenance #6, due Mon 11 Mar 2024 09:00: open, 3 of 3 tasks left""");
        assertThat(text(bench.type("carol", "report --since 2024-03-08"))).startsWith("Since Fri 8 Mar 2024: 1 missed, 2 open.");
    }
}
