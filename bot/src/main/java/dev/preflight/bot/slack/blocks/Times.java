package dev.preflight.bot.slack.blocks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as the team reads them: "Nov 14 14:05" in the team's time zone. */
final class Times {

    private final DateTimeFormatter format;

    Times(ZoneId zone) {
        this.format = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH).withZone(zone);
    }

    String format(Instant at) {
        return format.format(at);
    }
}
