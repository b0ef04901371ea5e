package dev.preflight.commands.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Time that only runs on working days: a day of working time after Friday 09:00 is Monday 09:00 when Saturday
 * and Sunday are not working days. Nudge delays are measured in it.
 */
final class WorkingTime {

    private WorkingTime() {
    }

    static Instant plus(Instant from, Duration amount, ZoneId zone, Set<DayOfWeek> workingDays) {
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("no working day");
        }
        ZonedDateTime t = from.atZone(zone);
        Duration left = amount;
        while (true) {
            ZonedDateTime midnight = t.toLocalDate().plusDays(1).atStartOfDay(zone);
            if (workingDays.contains(t.getDayOfWeek())) {
                Duration restOfDay = Duration.between(t, midnight);
                if (left.compareTo(restOfDay) < 0) {
                    return t.plus(left).toInstant();
                }
                left = left.minus(restOfDay);
            }
            t = midnight;
        }
    }
}
