package dev.preflight.commands.reminder;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Working time")
class WorkingTimeTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Instant berlin(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Instant plus(String from, Duration amount) {
        return WorkingTime.plus(berlin(from), amount, BERLIN, ReminderSchedule.MONDAY_TO_FRIDAY);
    }

    @Test
    @DisplayName("runs like the clock within a working day")
    void withinADay() {
        assertThat(plus("2024-03-04T09:00", Duration.ofHours(3))).isEqualTo(berlin("2024-03-04T12:00"));
    }

    @Test
    @DisplayName("a working day after Monday 09:00 is Tuesday 09:00")
    void oneDayFromMonday() {
        assertThat(plus("2024-03-04T09:00", Duration.ofDays(1))).isEqualTo(berlin("2024-03-05T09:00"));
    }

    @Test
    @DisplayName("stops over the weekend")
    void skipsTheWeekend() {
        assertThat(plus("2024-03-08T09:00", Duration.ofDays(1))).isEqualTo(berlin("2024-03-11T09:00"));
        assertThat(plus("2024-03-08T22:00", Duration.ofHours(3))).isEqualTo(berlin("2024-03-11T01:00"));
        assertThat(plus("2024-11-01T09:00", Duration.ofDays(2))).isEqualTo(berlin("2024-11-05T09:00"));
    }

    @Test
    @DisplayName("starting on a weekend begins counting on Monday")
    void startsOnMonday() {
        assertThat(plus("2024-03-09T15:00", Duration.ofHours(3))).isEqualTo(berlin("2024-03-11T03:00"));
    }

    @Test
    @DisplayName("a working week after the first of April is the eighth at the same time")
    void workingWeek() {
        assertThat(plus("2024-04-01T09:00", Duration.ofDays(5))).isEqualTo(berlin("2024-04-08T09:00"));
    }

    @Test
    @DisplayName("counts real hours across the autumn DST change")
    void acrossDst() {
        Instant from = ZonedDateTime.of(2024, 10, 25, 20, 0, 0, 0, BERLIN).toInstant();
        Instant to = WorkingTime.plus(from, Duration.ofHours(10), BERLIN, java.util.EnumSet.allOf(java.time.DayOfWeek.class));

        assertThat(Duration.between(from, to)).isEqualTo(Duration.ofHours(10));
    }
}
