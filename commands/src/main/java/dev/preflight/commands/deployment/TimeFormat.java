package dev.preflight.commands.deployment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Shows moments in the configured time zone: {@code 10:02} when the moment is today, otherwise
 * {@code 2026-11-27 10:02}. "Today" is read from the injected clock.
 */
public record TimeFormat(ZoneId zone, Clock clock) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public TimeFormat {
        if (zone == null || clock == null) {
            throw new IllegalArgumentException("a time format needs a zone and a clock");
        }
    }

    public String format(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return local.toLocalDate().equals(today) ? TIME.format(local) : DATE_TIME.format(local);
    }

    /** Always with the date, for timelines and exports that outlive the day. */
    public String formatFull(Instant moment) {
        return DATE_TIME.format(moment.atZone(zone));
    }
}
