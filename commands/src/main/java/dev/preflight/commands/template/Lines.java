package dev.preflight.commands.template;

import java.util.Objects;

/** Checks the records make of their text: single-line fields hold no line break. */
final class Lines {

    private Lines() {
    }

    static String requireOneLine(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be one line: " + text);
        }
        return text;
    }
}
