package dev.preflight.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.template.Cadence;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The {@code reminders:} block of the settings file, as docs/REMINDERS.md documents it. Keys at the top apply to
 * every cadence and a block per cadence ({@code daily:}, {@code weekly:}, ...) overrides them; a cadence is
 * reminded of when it ends up with a {@code channel} and is not {@code enabled: false}.
 */
final class RemindersSection {

    static final List<String> KEYS = List.of("channel", "timezone", "time", "working-days", "cron", "nudge-after",
            "escalation-role", "max-nudges", "enabled");

    private final Path file;
    private final JsonNode block;
    private final ZoneId zone;

    private RemindersSection(Path file, JsonNode block, ZoneId zone) {
        this.file = file;
        this.block = block;
        this.zone = zone;
    }

    /**
     * Reads {@code block} (the value of {@code reminders:}, or null when the file has none) into reminder settings;
     * {@code zone} is the top-level time zone, the default of {@code reminders.timezone}.
     */
    static ReminderSettings read(Path file, JsonNode block, ZoneId zone) {
        if (block == null || block.isNull()) {
            return ReminderSettings.off();
        }
        return new RemindersSection(file, block, zone).read();
    }

    private ReminderSettings read() {
        List<String> cadences = Arrays.stream(Cadence.values()).map(RemindersSection::name).toList();
        checkKeys("reminders", block, Stream.concat(KEYS.stream(), cadences.stream()).toList());
        for (String cadence : cadences) {
            if (block.has(cadence) && !block.get(cadence).isNull()) {
                checkKeys("reminders." + cadence, block.get(cadence), KEYS);
            }
        }
        ReminderSettings settings = ReminderSettings.off();
        for (Cadence cadence : Cadence.values()) {
            Optional<ReminderSchedule> schedule = schedule(cadence);
            if (schedule.isPresent()) {
                settings = settings.with(schedule.get());
            }
        }
        return settings;
    }

    /** The schedule of {@code cadence}; empty when it has no channel or is switched off. Every value is checked either way. */
    private Optional<ReminderSchedule> schedule(Cadence cadence) {
        boolean enabled = value(cadence, "enabled").map(ReminderValue::flag).orElse(true);
        Optional<String> channel = value(cadence, "channel").map(ReminderValue::channel);
        Optional<ReminderSchedule> schedule = channel.filter(c -> enabled)
                .map(c -> ReminderSchedule.defaults(cadence, c, zone));
        schedule = apply(schedule, cadence, "timezone", ReminderValue::zone, ReminderSchedule::withZone);
        schedule = apply(schedule, cadence, "time", ReminderValue::time, ReminderSchedule::withTime);
        schedule = apply(schedule, cadence, "working-days", ReminderValue::days, ReminderSchedule::withWorkingDays);
        schedule = apply(schedule, cadence, "cron", ReminderValue::cron, ReminderSchedule::withCron);
        schedule = apply(schedule, cadence, "nudge-after", ReminderValue::duration, ReminderSchedule::withNudgeAfter);
        schedule = apply(schedule, cadence, "escalation-role", ReminderValue::role, ReminderSchedule::withEscalationRole);
        return apply(schedule, cadence, "max-nudges", ReminderValue::count, ReminderSchedule::withMaxNudges);
    }

    /** Reads {@code key} for {@code cadence}, if given, and applies it to {@code schedule}, naming the key when refused. */
    private <T> Optional<ReminderSchedule> apply(Optional<ReminderSchedule> schedule, Cadence cadence, String key,
                                                 Function<ReminderValue, T> read,
                                                 BiFunction<ReminderSchedule, T, ReminderSchedule> with) {
        Optional<ReminderValue> value = value(cadence, key);
        if (value.isEmpty()) {
            return schedule;
        }
        T parsed = read.apply(value.get());
        try {
            return schedule.map(s -> with.apply(s, parsed));
        } catch (IllegalArgumentException e) {
            throw value.get().refused(e.getMessage());
        }
    }

    /** {@code key} from the cadence's own block, else from the top of the block. */
    private Optional<ReminderValue> value(Cadence cadence, String key) {
        JsonNode own = block.path(name(cadence)).get(key);
        if (own != null) {
            return Optional.of(new ReminderValue(file, "reminders." + name(cadence) + "." + key, own));
        }
        return Optional.ofNullable(block.get(key)).map(node -> new ReminderValue(file, "reminders." + key, node));
    }

    private void checkKeys(String path, JsonNode node, List<String> known) {
        if (!node.isObject()) {
            throw new SettingsException(file + ": " + path + " must be a mapping of settings, e.g. "
                    + path + ": {" + (path.equals("reminders") ? "channel: \"#ops\"" : "nudge-after: 3h") + "}");
        }
        Set<String> allowed = Set.copyOf(known);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new SettingsException(file + ": unknown setting '" + path + "." + key + "'; known settings there are "
                        + known);
            }
        }
    }

    private static String name(Cadence cadence) {
        return cadence.name().toLowerCase(Locale.ROOT);
    }
}
