package dev.preflight.commands.rollback;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a rollback parameter's value may be. Every value must match its parameter's pattern in full; whatever
 * the pattern, a value never starts with {@code -} (it would read as an option), never holds a control or
 * format character (newline, NUL, zero-width marks) and is at most {@value #MAX_LENGTH} characters long.
 */
final class ParameterRules {

    static final int MAX_LENGTH = 1024;
    static final Map<String, String> BUILT_IN = Map.of("commit-hash", "[0-9a-f]{7,40}");
    static final String DEFAULT = "[A-Za-z0-9._/][A-Za-z0-9._/-]{0,127}";

    private static final Pattern DEFAULT_PATTERN = Pattern.compile(DEFAULT);

    private final Map<String, Pattern> patterns;

    ParameterRules(Map<String, String> configured) {
        Map<String, String> all = new HashMap<>(BUILT_IN);
        all.putAll(configured);
        Map<String, Pattern> compiled = new HashMap<>();
        all.forEach((name, regex) -> compiled.put(name, RollbackSettings.compile("rollback.parameters." + name,
                regex)));
        this.patterns = Map.copyOf(compiled);
    }

    /** The pattern {@code name}'s values must match. */
    String pattern(String name) {
        return patternOf(name).pattern();
    }

    /** Why {@code value} is refused for {@code name}, in one line that does not repeat the value; empty if fine. */
    Optional<String> problem(String name, String value) {
        if (value.isEmpty()) {
            return Optional.of(name + " needs a value: " + name + "=<value>.");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of(name + " is longer than " + MAX_LENGTH + " characters.");
        }
        if (value.codePoints().anyMatch(ParameterRules::isControl)) {
            return Optional.of(name + " may not contain control characters (newlines, NUL and the like).");
        }
        if (value.startsWith("-")) {
            return Optional.of(name + " may not start with '-'.");
        }
        if (!patternOf(name).matcher(value).matches()) {
            return Optional.of(name + " must match " + pattern(name) + ".");
        }
        return Optional.empty();
    }

    private Pattern patternOf(String name) {
        return patterns.getOrDefault(name, DEFAULT_PATTERN);
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }
}
