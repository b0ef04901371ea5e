package dev.preflight.commands.conversation;

import java.util.Optional;

/** Refuses text that no command needs: very long text and invisible control characters. */
final class InputGuard {

    static final int MAX_LENGTH = 4_000;

    private InputGuard() {
    }

    /** What is wrong with {@code text}, or empty when it may be parsed. */
    static Optional<String> check(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.of(String.format("That command is %,d characters long; keep it under %,d"
                    + " (shorten the reason or comment).", text.length(), MAX_LENGTH));
        }
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return Optional.of(String.format("The command contains an invisible control character (U+%04X);"
                        + " type it again as plain text.", (int) text.charAt(i)));
            }
        }
        return Optional.empty();
    }

    private static boolean isForbidden(char c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
        boolean bidiOverride = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        return control || bidiOverride;
    }
}
