package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default rules, at {@code time} local time in {@code zone}: daily on every working day, weekly on the
 * week's first working day, monthly on the month's first working day, quarterly on the first working day of
 * January, April, July and October. A local time that does not exist on a day (a DST gap) moves forward by the
 * length of the gap.
 */
record WorkingDayRule(Cadence cadence, LocalTime time, ZoneId zone, Set<DayOfWeek> workingDays) implements DueTimes {

    WorkingDayRule {
        workingDays = Set.copyOf(workingDays);
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("no working day");
        }
    }

    @Override
    public Optional<Instant> nextAfter(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        for (int i = 0; i < 400; i++, day = day.plusDays(1)) {
            if (fallsOn(day)) {
                Instant due = ZonedDateTime.of(day, time, zone).toInstant();
                if (due.isAfter(instant)) {
                    return Optional.of(due);
                }
            }
        }
        throw new AssertionError("every cadence falls due within a year");
    }

    @Override
    public String describe() {
        String days = workingDays.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
        String when = switch (cadence) {
            case DAILY -> "every working day";
            case WEEKLY -> "first working day of the week";
            case MONTHLY -> "first working day of the month";
            case QUARTERLY -> "first working day of the quarter";
        };
        return ReminderSchedule.name(cadence) + ": " + when + " at " + time + " " + zone.getId() + " (" + days + ")";
    }

    private boolean fallsOn(LocalDate day) {
        if (!workingDays.contains(day.getDayOfWeek())) {
            return false;
        }
        return switch (cadence) {
            case DAILY -> true;
            case WEEKLY -> firstWorkingDayFrom(day.with(DayOfWeek.MONDAY)).equals(day);
            case MONTHLY -> firstWorkingDayFrom(day.withDayOfMonth(1)).equals(day);
            case QUARTERLY -> firstWorkingDayFrom(day.with(IsoFields.DAY_OF_QUARTER, 1)).equals(day);
        };
    }

    private LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!workingDays.contains(d.getDayOfWeek())) {
            d = d.plusDays(1);
        }
        return d;
    }
}
