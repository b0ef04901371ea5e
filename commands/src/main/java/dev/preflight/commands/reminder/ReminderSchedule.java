package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When and where one cadence's maintenance tasks are posted, and how its late reminders are chased.
 *
 * @param channel        where the reminder is posted
 * @param zone           the IANA time zone {@code time}, {@code workingDays} and {@code cron} are read in
 * @param time           the time of day of the default rule (ignored when {@code cron} is set)
 * @param workingDays    the days that count: the default rules fall on them, and nudge delays only run on them
 * @param cron           a five-field Unix cron expression that replaces the default rule
 * @param nudgeAfter     working time after posting (and between nudges) before an unfinished reminder is nudged
 * @param escalationRole the role mentioned from the second nudge on; none: nudges mention nobody
 * @param maxNudges      how many nudges one reminder gets at most (0: never nudged)
 */
public record ReminderSchedule(Cadence cadence, String channel, ZoneId zone, LocalTime time,
                               Set<DayOfWeek> workingDays, Optional<String> cron, Duration nudgeAfter,
                               Optional<String> escalationRole, int maxNudges) {

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    public static final LocalTime NINE_O_CLOCK = LocalTime.of(9, 0);
    public static final int DEFAULT_MAX_NUDGES = 3;

    public ReminderSchedule {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(escalationRole, "escalationRole");
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("a " + name(cadence) + " reminder needs a channel");
        }
        if (workingDays == null || workingDays.isEmpty()) {
            throw new IllegalArgumentException("a " + name(cadence) + " reminder needs at least one working day");
        }
        workingDays = Set.copyOf(workingDays);
        if (nudgeAfter == null || nudgeAfter.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("the " + name(cadence) + " nudge delay must be at least one minute");
        }
        if (maxNudges < 0 || maxNudges > 20) {
            throw new IllegalArgumentException("max nudges must be between 0 and 20, not " + maxNudges);
        }
        cron.ifPresent(CronRule::check);
    }

    /** The default schedule of {@code cadence}: 09:00 on working days (Monday to Friday), nudges scaled to it. */
    public static ReminderSchedule defaults(Cadence cadence, String channel, ZoneId zone) {
        return new ReminderSchedule(cadence, channel, zone, NINE_O_CLOCK, MONDAY_TO_FRIDAY, Optional.empty(),
                defaultNudgeAfter(cadence), Optional.empty(), DEFAULT_MAX_NUDGES);
    }

    /** A few working hours for daily tasks, a working day for weekly, two for monthly, a working week for quarterly. */
    public static Duration defaultNudgeAfter(Cadence cadence) {
        return switch (cadence) {
            case DAILY -> Duration.ofHours(3);
            case WEEKLY -> Duration.ofDays(1);
            case MONTHLY -> Duration.ofDays(2);
            case QUARTERLY -> Duration.ofDays(5);
        };
    }

    /** The rule that says when this cadence falls due: the cron expression when set, else the default rule. */
    public DueTimes dueTimes() {
        return cron.<DueTimes>map(c -> new CronRule(c, zone))
                .orElseGet(() -> new WorkingDayRule(cadence, time, zone, workingDays));
    }

    public ReminderSchedule withChannel(String value) {
        return new ReminderSchedule(cadence, value, zone, time, workingDays, cron, nudgeAfter, escalationRole, maxNudges);
    }

    public ReminderSchedule withZone(ZoneId value) {
        return new ReminderSchedule(cadence, channel, value, time, workingDays, cron, nudgeAfter, escalationRole, maxNudges);
    }

    public ReminderSchedule withTime(LocalTime value) {
        return new ReminderSchedule(cadence, channel, zone, value, workingDays, cron, nudgeAfter, escalationRole, maxNudges);
    }

    public ReminderSchedule withWorkingDays(Set<DayOfWeek> value) {
        return new ReminderSchedule(cadence, channel, zone, time, value, cron, nudgeAfter, escalationRole, maxNudges);
    }

    public ReminderSchedule withCron(String value) {
        return new ReminderSchedule(cadence, channel, zone, time, workingDays, Optional.of(value), nudgeAfter,
                escalationRole, maxNudges);
    }

    public ReminderSchedule withNudgeAfter(Duration value) {
        return new ReminderSchedule(cadence, channel, zone, time, workingDays, cron, value, escalationRole, maxNudges);
    }

    public ReminderSchedule withEscalationRole(String value) {
        return new ReminderSchedule(cadence, channel, zone, time, workingDays, cron, nudgeAfter, Optional.of(value),
                maxNudges);
    }

    public ReminderSchedule withMaxNudges(int value) {
        return new ReminderSchedule(cadence, channel, zone, time, workingDays, cron, nudgeAfter, escalationRole, value);
    }

    static String name(Cadence cadence) {
        return cadence == null ? "" : cadence.name().toLowerCase(Locale.ROOT);
    }
}
