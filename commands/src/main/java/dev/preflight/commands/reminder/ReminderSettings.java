package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code reminders:} settings: one schedule per cadence that is reminded of. A cadence without a schedule
 * is switched off: never posted, not even with {@code remind now}.
 */
public record ReminderSettings(Map<Cadence, ReminderSchedule> schedules) {

    public ReminderSettings {
        schedules.forEach((cadence, schedule) -> {
            if (schedule.cadence() != cadence) {
                throw new IllegalArgumentException("the " + ReminderSchedule.name(cadence)
                        + " entry holds the " + ReminderSchedule.name(schedule.cadence()) + " schedule");
            }
        });
        schedules = Map.copyOf(schedules);
    }

    /** Reminders switched off: nothing is posted. */
    public static ReminderSettings off() {
        return new ReminderSettings(Map.of());
    }

    /**
     * Every cadence on its default schedule in {@code channel}: daily at 09:00 on working days, weekly on the
     * week's first working day, monthly on the month's first working day, quarterly on the first working day of
     * January, April, July and October; all at 09:00 in {@code zone}, Monday to Friday being working days.
     */
    public static ReminderSettings defaults(String channel, ZoneId zone) {
        Map<Cadence, ReminderSchedule> all = new EnumMap<>(Cadence.class);
        for (Cadence cadence : Cadence.values()) {
            all.put(cadence, ReminderSchedule.defaults(cadence, channel, zone));
        }
        return new ReminderSettings(all);
    }

    public Optional<ReminderSchedule> schedule(Cadence cadence) {
        return Optional.ofNullable(schedules.get(cadence));
    }

    /** These settings with {@code schedule} replacing the one of its cadence. */
    public ReminderSettings with(ReminderSchedule schedule) {
        Map<Cadence, ReminderSchedule> all = new EnumMap<>(Cadence.class);
        all.putAll(schedules);
        all.put(schedule.cadence(), schedule);
        return new ReminderSettings(all);
    }

    /** These settings without a schedule for {@code cadence}. */
    public ReminderSettings without(Cadence cadence) {
        Map<Cadence, ReminderSchedule> all = new EnumMap<>(Cadence.class);
        all.putAll(schedules);
        all.remove(cadence);
        return new ReminderSettings(all);
    }

    /**
     * Reads a duration as the settings and {@code remind snooze} write it: a number and a unit, repeated
     * ({@code 30m}, {@code 3h}, {@code 1d}, {@code 1h30m}, {@code 1w}). Empty when {@code text} is not one.
     */
    public static Optional<Duration> duration(String text) {
        return text == null ? Optional.empty() : ReminderCommandParser.duration(text.strip());
    }

    /** The schedules in cadence order (daily first). */
    public List<ReminderSchedule> inOrder() {
        return Arrays.stream(Cadence.values()).map(schedules::get).filter(Objects::nonNull).toList();
    }
}
