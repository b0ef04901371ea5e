package dev.preflight.commands.deployment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimeFormatTest {

    private final TimeFormat times = Times.berlin();

    @Test
    @DisplayName("a moment of today shows only the local time")
    void showsTimeForToday() {
        assertThat(times.format(Instant.parse("2026-11-27T09:02:00Z"))).isEqualTo("10:02");
    }

    @Test
    @DisplayName("a moment of another day shows the date too")
    void showsDateForOtherDays() {
        assertThat(times.format(Instant.parse("2026-11-26T09:02:00Z"))).isEqualTo("2026-11-26 10:02");
    }

    @Test
    @DisplayName("today is the configured zone's today, not UTC's")
    void todayFollowsTheZone() {
        assertThat(times.format(Instant.parse("2026-11-26T23:30:00Z"))).isEqualTo("00:30");
    }

    @Test
    void fullFormatAlwaysHasTheDate() {
        assertThat(times.formatFull(Instant.parse("2026-11-27T09:02:00Z"))).isEqualTo("2026-11-27 10:02");
    }
}
