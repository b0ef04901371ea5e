package dev.preflight.bot.reminder;

import dev.preflight.bot.TestClock;
import dev.preflight.commands.reminder.Origin;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static dev.preflight.bot.TestClock.BERLIN;
import static dev.preflight.bot.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The reminder routine")
class ReminderRoutineTest {

    @TempDir
    Path dir;

    private final List<ReminderBench> benches = new ArrayList<>();
    private final RecordingPoster chat = new RecordingPoster();

    @AfterEach
    void closeAll() {
        benches.forEach(ReminderBench::close);
    }

    ReminderBench bench(ReminderSettings settings, String start) {
        return bench(settings, start, "preflight.db");
    }

    ReminderBench bench(ReminderSettings settings, String start, String file) {
        ReminderBench bench = new ReminderBench(dir.resolve(file), settings, chat, TestClock.berlin(start), "bot");
        benches.add(bench);
        return bench;
    }

    static List<LocalDateTime> local(List<Instant> instants) {
        return instants.stream().map(i -> LocalDateTime.ofInstant(i, BERLIN)).toList();
    }

    static LocalDateTime nine(String date) {
        return LocalDate.parse(date).atTime(9, 0);
    }

    @Nested
    @DisplayName("posts each default cadence when it falls due")
    class DefaultCadences {

        @Test
        @DisplayName("from the end of March to the start of July: each once, on time, at 09:00 local time")
        void spring() {
            ReminderBench bench = bench(ReminderBench.berlinDefaults(), "2024-03-24T08:00");

            bench.runDaily("2024-03-24", "2024-07-02");

            List<LocalDateTime> daily = local(chat.postedDue(Cadence.DAILY));
            assertThat(daily).hasSize(72).doesNotHaveDuplicates()
                    .allSatisfy(t -> assertThat(t.toLocalTime()).isEqualTo(LocalTime.of(9, 0)))
                    .allSatisfy(t -> assertThat(t.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            assertThat(daily.subList(0, 6)).containsExactly(nine("2024-03-25"), nine("2024-03-26"), nine("2024-03-27"),
                    nine("2024-03-28"), nine("2024-03-29"), nine("2024-04-01"));
            assertThat(local(chat.postedDue(Cadence.WEEKLY))).hasSize(15)
                    .allSatisfy(t -> assertThat(t.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY))
                    .startsWith(nine("2024-03-25"), nine("2024-04-01"));
            assertThat(local(chat.postedDue(Cadence.MONTHLY)))
                    .containsExactly(nine("2024-04-01"), nine("2024-05-01"), nine("2024-06-03"), nine("2024-07-01"));
            assertThat(local(chat.postedDue(Cadence.QUARTERLY))).containsExactly(nine("2024-04-01"), nine("2024-07-01"));
            assertThat(chat.posted).extracting(Reminder::origin).containsOnly(Origin.SCHEDULED);
            assertThat(bench.store.find(chat.posted.get(0).id()).orElseThrow().postedAt()).contains(at("2024-03-25T09:00"));
        }

        @Test
        @DisplayName("with the template's tasks of the cadence, numbered from 1")
        void withTheirTasks() {
            ReminderBench bench = bench(ReminderBench.berlinDefaults(), "2024-03-31T08:00");
            bench.routine.run();

            bench.runAt("2024-04-01T09:00");

            assertThat(chat.posted).extracting(Reminder::cadence)
                    .containsExactly(Cadence.DAILY, Cadence.WEEKLY, Cadence.MONTHLY, Cadence.QUARTERLY);
            assertThat(chat.posted).extracting(r -> r.tasks().size()).containsExactly(3, 3, 4, 4);
            assertThat(chat.posted.get(3).task(4).orElseThrow().text()).isEqualTo("Compliance check");
            assertThat(chat.posted).extracting(Reminder::channel).containsOnly("#ops");
        }

        @Test
        @DisplayName("but nothing that fell due before the bot first ran")
        void nothingFromBeforeTheFirstRun() {
            ReminderBench bench = bench(ReminderBench.berlinDefaults(), "2024-04-01T10:00");

            bench.routine.run();
            bench.runAt("2024-04-01T18:00");

            assertThat(chat.posted).isEmpty();
        }

        @Test
        @DisplayName("and nothing of a cadence that is switched off")
        void switchedOff() {
            ReminderBench bench = bench(ReminderBench.berlinDefaults().without(Cadence.DAILY), "2024-03-31T08:00");
            bench.routine.run();

            bench.runAt("2024-04-01T09:00");

            assertThat(chat.posted).extracting(Reminder::cadence).doesNotContain(Cadence.DAILY).hasSize(3);
        }
    }

    @Nested
    @DisplayName("keeps a 09:00 Europe/Berlin reminder at 09:00 local time across DST")
    class DaylightSaving {

        final ReminderSettings everyDay = ReminderSettings.off().with(
                ReminderSchedule.defaults(Cadence.DAILY, "#ops", BERLIN).withWorkingDays(EnumSet.allOf(DayOfWeek.class)));
        final ReminderSettings cron = ReminderSettings.off().with(
                ReminderSchedule.defaults(Cadence.DAILY, "#ops", BERLIN).withCron("0 9 * * *"));

        @Test
        @DisplayName("when the clocks go forward on the last Sunday of March")
        void march() {
            ReminderBench bench = bench(everyDay, "2024-03-29T08:00");

            bench.runDaily("2024-03-29", "2024-04-01");

            assertThat(chat.postedDue(Cadence.DAILY)).containsExactly(Instant.parse("2024-03-29T08:00:00Z"),
                    Instant.parse("2024-03-30T08:00:00Z"), Instant.parse("2024-03-31T07:00:00Z"),
                    Instant.parse("2024-04-01T07:00:00Z"));
            assertThat(chat.posted).extracting(Reminder::origin).containsOnly(Origin.SCHEDULED);
        }

        @Test
        @DisplayName("when the clocks go back on the last Sunday of October")
        void october() {
            ReminderBench bench = bench(everyDay, "2024-10-25T08:00");

            bench.runDaily("2024-10-25", "2024-10-28");

            assertThat(chat.postedDue(Cadence.DAILY)).containsExactly(Instant.parse("2024-10-25T07:00:00Z"),
                    Instant.parse("2024-10-26T07:00:00Z"), Instant.parse("2024-10-27T08:00:00Z"),
                    Instant.parse("2024-10-28T08:00:00Z"));
            assertThat(chat.posted).extracting(Reminder::origin).containsOnly(Origin.SCHEDULED);
        }

        @Test
        @DisplayName("with a cron expression, in March and in October")
        void cron() {
            bench(cron, "2024-03-30T08:00", "spring.db").runDaily("2024-03-30", "2024-03-31");
            bench(cron, "2024-10-26T08:00", "autumn.db").runDaily("2024-10-26", "2024-10-27");

            assertThat(chat.postedDue(Cadence.DAILY)).containsExactly(Instant.parse("2024-03-30T08:00:00Z"),
                    Instant.parse("2024-03-31T07:00:00Z"), Instant.parse("2024-10-26T07:00:00Z"),
                    Instant.parse("2024-10-27T08:00:00Z"));
            assertThat(chat.posted).extracting(Reminder::origin).containsOnly(Origin.SCHEDULED);
        }
    }
}
