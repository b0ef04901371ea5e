package dev.preflight.bot.config;

import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.rollback.RollbackSettings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything Preflight is configured with: the YAML file named by {@code PREFLIGHT_CONFIG}, overridden by
 * environment variables. Secrets are not here: adapters read them from the environment themselves.
 *
 * @param database       the SQLite file ({@code PREFLIGHT_DB}, default {@code ./preflight.db})
 * @param zone           the time zone times are shown in ({@code PREFLIGHT_TIMEZONE}, default UTC)
 * @param template       the default template: {@code production-deployment} (bundled) or a name of {@code templates}
 * @param templates      named template files, e.g. {@code api: ./checklists/api.md}
 * @param roles          role slug → user ids allowed to sign off for it; a role not listed is open to anyone
 * @param admins         user ids that may force completion
 * @param reminders      the maintenance reminders of the {@code reminders:} block (default: off)
 * @param rollback       who may run the rollback plan and how, from the {@code rollback:} block
 */
public record Settings(Path database, ZoneId zone, String template, Map<String, Path> templates,
                       Map<String, Set<String>> roles, Set<String> admins, ReminderSettings reminders,
                       RollbackSettings rollback) {

    public static final String BUNDLED_TEMPLATE = "production-deployment";

    public Settings {
        templates = Map.copyOf(templates);
        roles = Map.copyOf(roles);
        admins = Set.copyOf(admins);
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(rollback, "rollback");
    }

    /** Settings with maintenance reminders off. */
    public Settings(Path database, ZoneId zone, String template, Map<String, Path> templates,
                    Map<String, Set<String>> roles, Set<String> admins) {
        this(database, zone, template, templates, roles, admins, ReminderSettings.off(), RollbackSettings.defaults());
    }

    /** Settings with the default rollback settings. */
    public Settings(Path database, ZoneId zone, String template, Map<String, Path> templates,
                    Map<String, Set<String>> roles, Set<String> admins, ReminderSettings reminders) {
        this(database, zone, template, templates, roles, admins, reminders, RollbackSettings.defaults());
    }

    public static Settings defaults() {
        return new Settings(Path.of("preflight.db"), ZoneId.of("UTC"), BUNDLED_TEMPLATE, Map.of(), Map.of(), Set.of());
    }

    /** These settings on another database file. */
    public Settings withDatabase(Path file) {
        return new Settings(file, zone, template, templates, roles, admins, reminders, rollback);
    }

    /** These settings with {@code value} as the maintenance reminders. */
    public Settings withReminders(ReminderSettings value) {
        return new Settings(database, zone, template, templates, roles, admins, value, rollback);
    }

    /** These settings with {@code value} as the rollback settings. */
    public Settings withRollback(RollbackSettings value) {
        return new Settings(database, zone, template, templates, roles, admins, reminders, value);
    }

    /** Whether any cadence is reminded of. */
    public boolean remindersOn() {
        return !reminders.schedules().isEmpty();
    }

    public Optional<Path> templateFile(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    public List<String> templateNames() {
        return Stream.concat(Stream.of(BUNDLED_TEMPLATE), templates.keySet().stream().sorted()).toList();
    }
}
