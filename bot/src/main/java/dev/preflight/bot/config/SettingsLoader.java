package dev.preflight.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.rollback.RollbackSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@link Settings} from the YAML file named by {@code PREFLIGHT_CONFIG} (optional) and the environment.
 * Environment variables win over the file. Unknown keys in the file are refused, so a typo is not ignored.
 */
public final class SettingsLoader {

    private static final Set<String> KNOWN_KEYS = Set.of("database", "timezone", "template", "templates",
            "roles", "admins", "rollback", "reminders");

    private final Map<String, String> env;

    public SettingsLoader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public Settings load() {
        Settings s = Settings.defaults();
        String file = env.get("PREFLIGHT_CONFIG");
        Optional<Path> path = file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
        JsonNode root = path.map(SettingsLoader::read).orElse(null);
        if (root != null) {
            s = fromFile(path.get(), root, s);
        }
        Path db = env.containsKey("PREFLIGHT_DB") ? Path.of(nonBlank("PREFLIGHT_DB", env.get("PREFLIGHT_DB"))) : s.database();
        ZoneId zone = env.containsKey("PREFLIGHT_TIMEZONE") ? zone("PREFLIGHT_TIMEZONE", env.get("PREFLIGHT_TIMEZONE")) : s.zone();
        String template = env.containsKey("PREFLIGHT_TEMPLATE") ? nonBlank("PREFLIGHT_TEMPLATE", env.get("PREFLIGHT_TEMPLATE")) : s.template();
        ReminderSettings reminders = root == null ? ReminderSettings.off()
                : RemindersSection.read(path.get(), root.get("reminders"), zone);
        RollbackSettings rollback = root == null ? RollbackSettings.defaults()
                : RollbackSection.read(path.get(), root.get("rollback"));
        Settings result = new Settings(db, zone, template, s.templates(), s.roles(), s.admins(), reminders, rollback);
        if (!result.templateNames().contains(result.template())) {
            throw new SettingsException("template: '" + result.template() + "' is neither the bundled "
                    + Settings.BUNDLED_TEMPLATE + " nor listed under templates: " + result.templateNames());
        }
        return result;
    }

    /** The settings file as a mapping; null when it is empty. */
    private static JsonNode read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new SettingsException("PREFLIGHT_CONFIG: cannot read " + file + " (" + firstLine(e) + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return null;
        }
        if (!root.isObject()) {
            throw new SettingsException(file + ": expected a mapping of settings such as 'roles:' and 'admins:'");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KNOWN_KEYS.contains(key)) {
                throw new SettingsException(file + ": unknown setting '" + key + "'; known settings are " + KNOWN_KEYS.stream().sorted().toList());
            }
        }
        return root;
    }

    /** The settings of the file, except its reminders, which are read once the time zone is known. */
    private Settings fromFile(Path file, JsonNode root, Settings defaults) {
        Path base = file.toAbsolutePath().getParent();
        Path db = root.has("database") ? Path.of(text(file, "database", root.get("database"))) : defaults.database();
        ZoneId zone = root.has("timezone") ? zone(file + ": timezone", text(file, "timezone", root.get("timezone"))) : defaults.zone();
        String template = root.has("template") ? text(file, "template", root.get("template")) : defaults.template();
        Map<String, Path> templates = new LinkedHashMap<>();
        mapping(file, "templates", root.get("templates")).forEach((name, node) ->
                templates.put(name, base.resolve(text(file, "templates." + name, node))));
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        mapping(file, "roles", root.get("roles")).forEach((slug, node) -> roles.put(slug, users(file, "roles." + slug, node)));
        Set<String> admins = root.has("admins") ? users(file, "admins", root.get("admins")) : Set.of();
        return new Settings(db, zone, template, templates, roles, admins);
    }

    private static Map<String, JsonNode> mapping(Path file, String key, JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new SettingsException(file + ": '" + key + "' must be a mapping, e.g. " + key + ": {name: value}");
        }
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Set<String> users(Path file, String key, JsonNode node) {
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw new SettingsException(file + ": '" + key + "' must be a list of user ids, e.g. " + key + ": [U0123, U0456]");
        }
        Set<String> ids = new LinkedHashSet<>();
        node.forEach(n -> ids.add(text(file, key, n)));
        return ids;
    }

    private static String text(Path file, String key, JsonNode node) {
        if (node == null || !node.isValueNode() || node.asText().isBlank()) {
            throw new SettingsException(file + ": '" + key + "' must be a non-empty value");
        }
        return node.asText().trim();
    }

    private static String nonBlank(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new SettingsException(name + " is set but empty; unset it or give it a value");
        }
        return value.trim();
    }

    private static ZoneId zone(String name, String value) {
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw new SettingsException(name + ": '" + value + "' is not a time zone; use an IANA name such as Europe/Berlin or UTC");
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
