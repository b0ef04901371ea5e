package dev.preflight.commands.deployment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A Berlin time format whose "now" is 2026-11-27 13:00 local (12:00 UTC), the day the sample deployment starts. */
public final class Times {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Clock NOON = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), BERLIN);

    private Times() {
    }

    public static TimeFormat berlin() {
        return new TimeFormat(BERLIN, NOON);
    }
}
