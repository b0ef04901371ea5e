package dev.preflight.commands.template;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@code ##} section that holds something other than deployment items. The parser recognises it by its
 * heading, ignoring case, spaces and punctuation ("Sign Off" is {@link #SIGN_OFF}); export writes the
 * canonical heading.
 */
public enum Part {
    ENVIRONMENT("Production Environment Variables", "Environment Variables"),
    MONITORING("Monitoring Commands"),
    ROLLBACK("Rollback Plan"),
    MAINTENANCE("Regular Maintenance"),
    SIGN_OFF("Sign-Off");

    private final String heading;
    private final List<String> keys;

    Part(String heading, String... aliases) {
        this.heading = heading;
        this.keys = Stream.concat(Stream.of(heading), Stream.of(aliases)).map(Part::key).toList();
    }

    /** The heading export writes, e.g. "Rollback Plan". */
    public String heading() {
        return heading;
    }

    /** The part a section named {@code name} holds, if any. */
    public static Optional<Part> named(String name) {
        String key = key(name);
        for (Part part : values()) {
            if (part.keys.contains(key)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** The canonical headings, for messages. */
    static String headings() {
        return String.join(", ", Stream.of(values()).map(Part::heading).toList());
    }

    private static String key(String name) {
        return Key.NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Holds the pattern apart: enum constants are built before the enum's own static fields. */
    private static final class Key {
        static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    }
}
