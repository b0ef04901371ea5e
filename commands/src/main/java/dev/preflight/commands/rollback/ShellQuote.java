package dev.preflight.commands.rollback;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** POSIX shell quoting: a quoted word is read back by {@code /bin/sh} as exactly the original text. */
final class ShellQuote {

    /** Words that mean the same to a shell whether quoted or not. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ShellQuote() {
    }

    /** {@code it's} → {@code 'it'\''s'}: single quotes, each inner single quote closed, escaped and reopened. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The word as a shell would need it typed: left bare when that is safe, quoted otherwise. */
    static String word(String word) {
        return PLAIN.matcher(word).matches() && !word.startsWith("=") ? word : quote(word);
    }

    /** An argument vector as one shell command line. */
    static String line(List<String> arguments) {
        return arguments.stream().map(ShellQuote::word).collect(Collectors.joining(" "));
    }
}
