package dev.preflight.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.rollback.RollbackSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code rollback:} block of the settings file, as docs/ROLLBACK.md documents it. */
final class RollbackSection {

    static final List<String> KEYS = List.of("roles", "approvals", "timeout", "workdir", "env", "prefix",
            "parameters", "redact", "update-every");

    private final Path file;

    private RollbackSection(Path file) {
        this.file = file;
    }

    /** Reads {@code block} (the value of {@code rollback:}, or null when the file has none). */
    static RollbackSettings read(Path file, JsonNode block) {
        if (block == null || block.isNull()) {
            return RollbackSettings.defaults();
        }
        return new RollbackSection(file).read(block);
    }

    private RollbackSettings read(JsonNode block) {
        if (!block.isObject()) {
            throw fail("rollback", "must be a mapping of settings, e.g. rollback: {roles: [devops-sysadmin]}");
        }
        for (Iterator<String> it = block.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw fail("rollback." + key, "is not a setting; known settings there are " + KEYS);
            }
        }
        RollbackSettings d = RollbackSettings.defaults();
        try {
            return new RollbackSettings(
                    block.has("roles") ? words("roles", block.get("roles")) : d.roles(),
                    block.has("approvals") ? approvals(block.get("approvals")) : d.approvals(),
                    block.has("timeout") ? duration("timeout", block.get("timeout")) : d.timeout(),
                    block.has("workdir") ? Optional.of(Path.of(text("workdir", block.get("workdir")))) : d.workdir(),
                    block.has("env") ? mapping("env", block.get("env")) : d.env(),
                    block.has("prefix") ? words("prefix", block.get("prefix")) : d.prefix(),
                    block.has("parameters") ? mapping("parameters", block.get("parameters")) : d.parameters(),
                    block.has("redact") ? words("redact", block.get("redact")) : d.redactions(),
                    block.has("update-every") ? duration("update-every", block.get("update-every")) : d.updateEvery());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(file + ": " + e.getMessage());
        }
    }

    private int approvals(JsonNode node) {
        if (!node.canConvertToInt() || (node.asInt() != 1 && node.asInt() != 2)) {
            throw fail("rollback.approvals", "must be 1, or 2 for the two-person rule");
        }
        return node.asInt();
    }

    private Duration duration(String key, JsonNode node) {
        String value = text(key, node);
        if (value.matches("\\d{1,6}s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return ReminderSettings.duration(value).orElseThrow(() ->
                fail("rollback." + key, "'" + value + "' is not a duration; write 30s, 5m or 1h30m"));
    }

    private List<String> words(String key, JsonNode node) {
        if (!node.isArray()) {
            throw fail("rollback." + key, "must be a list, e.g. " + key + ": [first, second]");
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(text(key, n)));
        return out;
    }

    private Map<String, String> mapping(String key, JsonNode node) {
        if (!node.isObject()) {
            throw fail("rollback." + key, "must be a mapping, e.g. " + key + ": {NAME: value}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), text(key + "." + e.getKey(), e.getValue())));
        return out;
    }

    private String text(String key, JsonNode node) {
        if (node == null || !node.isValueNode() || node.asText().isBlank()) {
            throw fail("rollback." + key, "must be a non-empty value");
        }
        return node.asText().trim();
    }

    private SettingsException fail(String key, String problem) {
        return new SettingsException(file + ": " + key + " " + problem);
    }
}
