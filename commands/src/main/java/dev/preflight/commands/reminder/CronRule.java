package dev.preflight.commands.reminder;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A five-field Unix cron expression ({@code minute hour day-of-month month day-of-week}) read in {@code zone}:
 * {@code 0 9 * * MON} is 09:00 local time every Monday, on both sides of a DST change. A time that does not
 * exist on a day (a DST gap) is skipped that day.
 */
record CronRule(String expression, ZoneId zone) implements DueTimes {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    CronRule {
        check(expression);
    }

    /** Throws {@link IllegalArgumentException} saying what is wrong when {@code expression} is not a Unix cron expression. */
    static void check(String expression) {
        parse(expression);
    }

    @Override
    public Optional<Instant> nextAfter(Instant instant) {
        return ExecutionTime.forCron(parse(expression))
                .nextExecution(ZonedDateTime.ofInstant(instant, zone))
                .map(ZonedDateTime::toInstant);
    }

    @Override
    public String describe() {
        return "cron " + expression.trim() + " " + zone.getId();
    }

    private static Cron parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("a cron expression needs five fields, e.g. 0 9 * * MON");
        }
        try {
            return UNIX.parse(expression.trim()).validate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cron expression (" + expression.trim() + "): " + e.getMessage()
                    + "; write five fields, e.g. 0 9 * * MON", e);
        }
    }
}
