package dev.preflight.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.commands.reminder.ReminderSettings;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** One value of the {@code reminders:} block, read with a one-line refusal that names its key and what to write. */
record ReminderValue(Path file, String key, JsonNode node) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final String DAYS_EXAMPLE = "working-days: [MON, TUE, WED, THU, FRI]";

    String channel() {
        return text("write it in quotes, e.g. channel: \"#ops\" (an unquoted # starts a comment)");
    }

    ZoneId zone() {
        String text = text("write an IANA time zone, e.g. timezone: Europe/Berlin");
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw refused("'" + text + "' is not a time zone; use an IANA name such as Europe/Berlin or UTC");
        }
    }

    LocalTime time() {
        String hint = "write the time of day in quotes as HH:MM, e.g. time: \"09:00\"";
        String text = node.isTextual() ? node.asText().trim() : "";
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw refused("'" + shown() + "' is not a time of day; " + hint);
        }
    }

    Set<DayOfWeek> days() {
        if (!node.isArray()) {
            throw refused("write a list of days, e.g. " + DAYS_EXAMPLE);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode day : node) {
            String text = day.isValueNode() ? day.asText().trim().toUpperCase(Locale.ROOT) : "";
            days.add(Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().equals(text) || d.name().substring(0, 3).equals(text))
                    .findFirst()
                    .orElseThrow(() -> refused("'" + (day.isValueNode() ? day.asText() : day.toString())
                            + "' is not a day; write MON, TUE, WED, THU, FRI, SAT or SUN, e.g. " + DAYS_EXAMPLE)));
        }
        if (days.isEmpty()) {
            throw refused("name at least one working day, e.g. " + DAYS_EXAMPLE);
        }
        return days;
    }

    String cron() {
        return text("write five fields in quotes, e.g. cron: \"0 9 * * MON\"");
    }

    Duration duration() {
        return (node.isValueNode() ? ReminderSettings.duration(node.asText()) : Optional.<Duration>empty())
                .orElseThrow(() -> refused("'" + shown() + "' is not a duration; write 3h, 1d or 1h30m"));
    }

    String role() {
        return text("write a role slug, e.g. escalation-role: devops-sysadmin");
    }

    int count() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw refused("'" + shown() + "' is not a whole number; write 0 to 20, e.g. max-nudges: 3");
        }
        return node.intValue();
    }

    boolean flag() {
        if (!node.isBoolean()) {
            throw refused("'" + shown() + "' is neither true nor false");
        }
        return node.booleanValue();
    }

    /** The refusal of this value for {@code reason}, naming the file and the key. */
    SettingsException refused(String reason) {
        return new SettingsException(file + ": " + key + ": " + reason);
    }

    private String text(String hint) {
        if (!node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            throw refused("is empty or not a single value; " + hint);
        }
        return node.asText().trim();
    }

    private String shown() {
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
