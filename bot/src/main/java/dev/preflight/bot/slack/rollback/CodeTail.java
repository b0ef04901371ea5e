package dev.preflight.bot.slack.rollback;

/**
 * A command's output as a Slack code block: escaped so that it shows as printed (output can never mention
 * {@code <!channel>} or anyone), its last part only when the escaped text would not fit in one text object.
 */
final class CodeTail {

    /** Slack's limit of one text object. */
    static final int MAX = 3000;
    private static final String FENCE = "```";
    private static final String CUT = "…\n";

    private CodeTail() {
    }

    /** {@code output} as a code block of at most {@link #MAX} characters, ending with its last line. */
    static String of(String output) {
        String escaped = escape(output.replace(FENCE, "ˋˋˋ"));
        int room = MAX - 2 * FENCE.length() - 2;
        if (escaped.length() > room) {
            escaped = CUT + escaped.substring(safeStart(escaped, escaped.length() - (room - CUT.length())));
        }
        return FENCE + "\n" + escaped + "\n" + FENCE;
    }

    /** {@code &}, {@code <} and {@code >} escaped, so that Slack shows them as typed and reads no markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code from}, or a little later: never inside an escape ({@code &amp;}) or a surrogate pair. */
    private static int safeStart(String text, int from) {
        int start = from;
        int amp = text.lastIndexOf('&', start - 1);
        if (amp >= 0 && start - amp < "&amp;".length()) {
            int semicolon = text.indexOf(';', amp);
            if (semicolon >= start) {
                start = semicolon + 1;
            }
        }
        if (start < text.length() && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        return start;
    }
}
