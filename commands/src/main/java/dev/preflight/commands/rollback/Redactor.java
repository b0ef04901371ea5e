package dev.preflight.commands.rollback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in text before it is posted or stored: known secret values, passwords given on a command line
 * ({@code -psecret}, {@code --password=secret}), Slack tokens, and configured patterns. Each is replaced by
 * {@value #MASK}.
 */
public final class Redactor {

    static final String MASK = "***";
    /** Shorter values would hide ordinary text everywhere; they are not worth calling secret. */
    static final int SHORTEST_SECRET = 4;

    private static final List<Pattern> BUILT_IN = List.of(
            Pattern.compile("(?<![\\w-])-p([^\\s*]\\S*)"),
            Pattern.compile("--password[= ](\\S+)"),
            Pattern.compile("xox[a-z]-[A-Za-z0-9-]+"),
            Pattern.compile("xapp-[A-Za-z0-9-]+"));

    private final List<String> secrets;
    private final List<Pattern> patterns;

    private Redactor(List<String> secrets, List<Pattern> patterns) {
        this.secrets = secrets;
        this.patterns = patterns;
    }

    /** A redactor hiding the built-in patterns, {@code secretValues} and the {@code configured} regexes. */
    public static Redactor of(Collection<String> secretValues, Collection<String> configured) {
        List<String> secrets = secretValues.stream()
                .filter(s -> s != null && s.length() >= SHORTEST_SECRET)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<Pattern> patterns = new ArrayList<>(BUILT_IN);
        configured.forEach(regex -> patterns.add(RollbackSettings.compile("rollback.redact", regex)));
        return new Redactor(secrets, List.copyOf(patterns));
    }

    public String redact(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        for (Pattern pattern : patterns) {
            result = mask(pattern, result);
        }
        return result;
    }

    /** Replaces the first group of each match when the pattern has one, else the whole match. */
    private static String mask(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            int group = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
            if (m.end(group) > m.start(group)) {
                out.append(text, last, m.start(group)).append(MASK);
                last = m.end(group);
            }
        }
        return out.append(text, last, text.length()).toString();
    }
}
