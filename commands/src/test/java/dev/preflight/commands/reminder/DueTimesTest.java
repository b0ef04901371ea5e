package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueTimesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static DueTimes defaults(Cadence cadence) {
        return ReminderSchedule.defaults(cadence, "#ops", BERLIN).dueTimes();
    }

    /** Every due time in [from, to), as local date-times in Berlin. */
    static List<LocalDateTime> between(DueTimes times, LocalDate from, LocalDate to) {
        List<LocalDateTime> due = new ArrayList<>();
        Instant end = to.atStartOfDay(BERLIN).toInstant();
        Optional<Instant> next = times.nextAfter(from.atStartOfDay(BERLIN).toInstant().minusNanos(1));
        while (next.isPresent() && next.get().isBefore(end)) {
            due.add(LocalDateTime.ofInstant(next.get(), BERLIN));
            next = times.nextAfter(next.get());
        }
        return due;
    }

    static LocalDateTime at9(String date) {
        return LocalDate.parse(date).atTime(9, 0);
    }

    @Nested
    @DisplayName("By default")
    class Defaults {

        @Test
        @DisplayName("daily tasks fall due at 09:00 on Monday to Friday")
        void dailyOnWorkingDays() {
            assertThat(between(defaults(Cadence.DAILY), LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-12")))
                    .containsExactly(at9("2024-03-01"), at9("2024-03-04"), at9("2024-03-05"), at9("2024-03-06"),
                            at9("2024-03-07"), at9("2024-03-08"), at9("2024-03-11"));
        }

        @Test
        @DisplayName("weekly tasks fall due on Monday at 09:00")
        void weeklyOnMonday() {
            assertThat(between(defaults(Cadence.WEEKLY), LocalDate.parse("2024-03-01"), LocalDate.parse("2024-04-02")))
                    .containsExactly(at9("2024-03-04"), at9("2024-03-11"), at9("2024-03-18"), at9("2024-03-25"),
                            at9("2024-04-01"));
        }

        @Test
        @DisplayName("weekly tasks move to the week's first working day when Monday is not one")
        void weeklyOnFirstWorkingDay() {
            DueTimes times = ReminderSchedule.defaults(Cadence.WEEKLY, "#ops", BERLIN)
                    .withWorkingDays(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)).dueTimes();

            assertThat(between(times, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-15")))
                    .containsExactly(at9("2024-03-05"), at9("2024-03-12"));
        }

        @Test
        @DisplayName("monthly tasks fall due on the first working day of each month")
        void monthlyOnFirstWorkingDay() {
            assertThat(between(defaults(Cadence.MONTHLY), LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01")))
                    .containsExactly(at9("2024-01-01"), at9("2024-02-01"), at9("2024-03-01"), at9("2024-04-01"),
                            at9("2024-05-01"), at9("2024-06-03"), at9("2024-07-01"), at9("2024-08-01"),
                            at9("2024-09-02"), at9("2024-10-01"), at9("2024-11-01"), at9("2024-12-02"));
        }

        @Test
        @DisplayName("quarterly tasks fall due on the first working day of January, April, July and October")
        void quarterlyOnFirstWorkingDayOfQuarter() {
            assertThat(between(defaults(Cadence.QUARTERLY), LocalDate.parse("2024-01-01"), LocalDate.parse("2026-01-01")))
                    .containsExactly(at9("2024-01-01"), at9("2024-04-01"), at9("2024-07-01"), at9("2024-10-01"),
                            at9("2025-01-01"), at9("2025-04-01"), at9("2025-07-01"), at9("2025-10-01"));
        }

        @Test
        @DisplayName("a due time is never the instant asked about, only after it")
        void strictlyAfter() {
            Instant nine = at9("2024-03-04").atZone(BERLIN).toInstant();

            assertThat(defaults(Cadence.DAILY).nextAfter(nine)).contains(at9("2024-03-05").atZone(BERLIN).toInstant());
            assertThat(defaults(Cadence.DAILY).nextAfter(nine.minusNanos(1))).contains(nine);
        }
    }

    @Nested
    @DisplayName("Across a DST change in Europe/Berlin")
    class DaylightSaving {

        final ReminderSchedule everyDay = ReminderSchedule.defaults(Cadence.DAILY, "#ops", BERLIN)
                .withWorkingDays(EnumSet.allOf(DayOfWeek.class));

        @Test
        @DisplayName("09:00 stays 09:00 local time when the clocks go forward in March")
        void springForward() {
            assertNineLocal(everyDay.dueTimes(), "2024-03-29", "2024-04-02",
                    "2024-03-29T08:00:00Z", "2024-03-30T08:00:00Z", "2024-03-31T07:00:00Z", "2024-04-01T07:00:00Z");
        }

        @Test
        @DisplayName("09:00 stays 09:00 local time when the clocks go back in October")
        void fallBack() {
            assertNineLocal(everyDay.dueTimes(), "2024-10-25", "2024-10-29",
                    "2024-10-25T07:00:00Z", "2024-10-26T07:00:00Z", "2024-10-27T08:00:00Z", "2024-10-28T08:00:00Z");
        }

        @Test
        @DisplayName("a cron expression keeps 09:00 local time in March and October too")
        void cronAcrossBothChanges() {
            DueTimes cron = everyDay.withCron("0 9 * * *").dueTimes();

            assertNineLocal(cron, "2024-03-29", "2024-04-02",
                    "2024-03-29T08:00:00Z", "2024-03-30T08:00:00Z", "2024-03-31T07:00:00Z", "2024-04-01T07:00:00Z");
            assertNineLocal(cron, "2024-10-25", "2024-10-29",
                    "2024-10-25T07:00:00Z", "2024-10-26T07:00:00Z", "2024-10-27T08:00:00Z", "2024-10-28T08:00:00Z");
        }

        @Test
        @DisplayName("a default-rule time inside the March gap moves forward by the gap")
        void timeInTheGapMovesForward() {
            DueTimes times = everyDay.withTime(java.time.LocalTime.of(2, 30)).dueTimes();

            assertThat(times.nextAfter(Instant.parse("2024-03-30T12:00:00Z")))
                    .contains(ZonedDateTime.of(2024, 3, 31, 3, 30, 0, 0, BERLIN).toInstant());
        }

        private void assertNineLocal(DueTimes times, String from, String to, String... utc) {
            List<LocalDateTime> local = between(times, LocalDate.parse(from), LocalDate.parse(to));
            assertThat(local).allSatisfy(t -> assertThat(t.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0)));
            assertThat(local.stream().map(t -> t.atZone(BERLIN).toInstant()).toList())
                    .containsExactly(java.util.Arrays.stream(utc).map(Instant::parse).toArray(Instant[]::new));
        }
    }

    @Nested
    @DisplayName("A cron expression")
    class Cron {

        @Test
        @DisplayName("replaces the default rule of its cadence")
        void replacesDefaultRule() {
            DueTimes times = ReminderSchedule.defaults(Cadence.WEEKLY, "#ops", BERLIN).withCron("30 14 * * FRI").dueTimes();

            assertThat(between(times, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-16")))
                    .containsExactly(LocalDateTime.parse("2024-03-01T14:30"), LocalDateTime.parse("2024-03-08T14:30"),
                            LocalDateTime.parse("2024-03-15T14:30"));
        }

        @Test
        @DisplayName("that is malformed is refused with a message saying how to write one")
        void malformedIsRefused() {
            ReminderSchedule weekly = ReminderSchedule.defaults(Cadence.WEEKLY, "#ops", BERLIN);

            assertThatThrownBy(() -> weekly.withCron("0 9 * *"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 9 * * MON");
            assertThatThrownBy(() -> weekly.withCron("0 25 * * *"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("25");
        }

        @Test
        @DisplayName("is described with its zone, so that changing either is noticed")
        void describedWithZone() {
            ReminderSchedule weekly = ReminderSchedule.defaults(Cadence.WEEKLY, "#ops", BERLIN);

            assertThat(weekly.withCron("0 9 * * MON").dueTimes().describe()).isEqualTo("cron 0 9 * * MON Europe/Berlin");
            assertThat(weekly.dueTimes().describe())
                    .isEqualTo("weekly: first working day of the week at 09:00 Europe/Berlin (MON,TUE,WED,THU,FRI)");
        }
    }
}
