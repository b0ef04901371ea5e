package dev.preflight.bot.reminder;

import dev.preflight.bot.TestClock;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.reminder.ReminderText;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static dev.preflight.bot.TestClock.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Late reminders")
class NudgeTest {

    static final ReminderSettings SETTINGS = ReminderSettings.defaults("#ops", BERLIN)
            .with(ReminderSchedule.defaults(Cadence.DAILY, "#ops", BERLIN).withEscalationRole("devops-sysadmin"))
            .with(ReminderSchedule.defaults(Cadence.WEEKLY, "#ops", BERLIN).withEscalationRole("devops-sysadmin"));

    @TempDir
    Path dir;

    private final RecordingPoster chat = new RecordingPoster();
    private ReminderBench bench;

    @AfterEach
    void close() {
        bench.close();
    }

    /** Starts the bot on Sunday 3 March 2024 and runs it on Monday at 09:00: #1 is daily, #2 weekly (when scheduled). */
    ReminderBench mondayMorning(ReminderSettings settings) {
        bench = new ReminderBench(dir.resolve("preflight.db"), settings, chat, TestClock.berlin("2024-03-03T12:00"), "bot");
        bench.routine.run();
        bench.runAt("2024-03-04T09:00");
        assertThat(chat.posted.get(0).cadence()).isEqualTo(Cadence.DAILY);
        return bench;
    }

    @Nested
    @DisplayName("are nudged in their thread")
    class Nudged {

        @Test
        @DisplayName("daily: after three working hours, then mentioning the escalation role, three times at most")
        void daily() {
            ReminderBench bench = mondayMorning(SETTINGS);

            bench.runAt("2024-03-04T11:59");
            assertThat(chat.nudged).isEmpty();
            bench.runAt("2024-03-04T12:00");
            bench.runAt("2024-03-04T12:30");
            bench.runAt("2024-03-04T15:00");
            bench.runAt("2024-03-04T18:00");
            bench.runAt("2024-03-04T21:00");
            bench.runAt("2024-03-04T23:59");

            assertThat(chat.nudged).filteredOn(n -> n.reminder().id() == 1).extracting(RecordingPoster.Nudged::nudge)
                    .containsExactly(new Nudge(1, Optional.empty()), new Nudge(2, Optional.of("devops-sysadmin")),
                            new Nudge(3, Optional.of("devops-sysadmin")));
        }

        @Test
        @DisplayName("weekly: a working day later, mentioning the role from the second nudge")
        void weekly() {
            ReminderBench bench = mondayMorning(SETTINGS);

            bench.runAt("2024-03-05T08:59");
            assertThat(chat.nudged).filteredOn(n -> n.reminder().id() == 2).isEmpty();
            bench.runAt("2024-03-05T09:00");
            bench.runAt("2024-03-06T09:00");

            assertThat(chat.nudged).filteredOn(n -> n.reminder().id() == 2).extracting(RecordingPoster.Nudged::nudge)
                    .containsExactly(new Nudge(1, Optional.empty()), new Nudge(2, Optional.of("devops-sysadmin")));
        }

        @Test
        @DisplayName("never once they are done")
        void notWhenDone() {
            ReminderBench bench = mondayMorning(SETTINGS);

            bench.clock.set("2024-03-04T10:00");
            bench.type("alice", "done 1 all");
            bench.runAt("2024-03-04T12:00");
            bench.runAt("2024-03-04T15:00");

            assertThat(chat.nudgedIds()).doesNotContain(1L);
        }

        @Test
        @DisplayName("never after their cadence fell due again")
        void notWhenMissed() {
            ReminderBench bench = mondayMorning(SETTINGS.with(
                    ReminderSchedule.defaults(Cadence.DAILY, "#ops", BERLIN).withMaxNudges(10)));

            bench.runAt("2024-03-05T09:00");
            bench.runAt("2024-03-05T12:00");

            assertThat(chat.nudged).filteredOn(n -> n.reminder().id() == 1)
                    .allSatisfy(n -> assertThat(n.reminder().dueAt()).isEqualTo(TestClock.at("2024-03-04T09:00")));
            assertThat(chat.nudged).filteredOn(n -> n.reminder().dueAt().equals(TestClock.at("2024-03-05T09:00")))
                    .hasSize(1);
        }

        @Test
        @DisplayName("never when max nudges is 0")
        void notWhenSwitchedOff() {
            ReminderBench bench = mondayMorning(ReminderSettings.off()
                    .with(ReminderSchedule.defaults(Cadence.DAILY, "#ops", BERLIN).withMaxNudges(0)));

            bench.runAt("2024-03-04T12:00");
            bench.runAt("2024-03-04T18:00");

            assertThat(chat.nudged).isEmpty();
        }
    }

    @Test
    @DisplayName("a snoozed reminder is not nudged before the snooze is over, then nudged as before")
    void snooze() {
        ReminderBench bench = mondayMorning(SETTINGS);
        bench.clock.set("2024-03-04T10:00");

        assertThat(bench.type("bob", "snooze 1 4h"))
                .containsExactly(new Reply.Say("Snoozed reminder #1: no nudge before Mon 4 Mar 2024 14:00."));
        bench.runAt("2024-03-04T12:00");
        bench.runAt("2024-03-04T13:59");
        assertThat(chat.nudgedIds()).doesNotContain(1L);
        bench.runAt("2024-03-04T14:00");
        bench.runAt("2024-03-04T17:00");

        assertThat(chat.nudged).filteredOn(n -> n.reminder().id() == 1).extracting(RecordingPoster.Nudged::nudge)
                .containsExactly(new Nudge(1, Optional.empty()), new Nudge(2, Optional.of("devops-sysadmin")));
    }

    @Test
    @DisplayName("a skipped reminder says why in place, is never nudged, and counts as skipped")
    void skip() {
        ReminderBench bench = mondayMorning(SETTINGS);
        bench.clock.set("2024-03-04T10:00");

        assertThat(bench.type("bob", "skip 1 public holiday")).containsExactly(new Reply.Say(
                "Skipped daily maintenance #1: public holiday"));
        bench.runAt("2024-03-04T12:00");
        bench.runAt("2024-03-04T18:00");

        assertThat(chat.nudgedIds()).doesNotContain(1L);
        assertThat(chat.updated).hasSize(1);
        assertThat(ReminderText.message(chat.updated.get(0)))
                .endsWith("Skipped by bob (Mon 4 Mar 2024 10:00): public holiday");
        assertThat(bench.type("carol", "report").get(0).toString())
                .contains("Daily maintenance #1, due Mon 4 Mar 2024 09:00: skipped by bob: public holiday");
    }
}
