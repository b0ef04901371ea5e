package dev.preflight.commands.rollback;

/**
 * Keeps a command's (already redacted) output: its first and its last {@value #KEPT_EACH} characters in full,
 * with a note of how much was left out between them, and its last {@value #SHOWN} characters for chat.
 */
final class OutputCapture implements OutputSink {

    static final int SHOWN = 3_000;
    static final int KEPT_EACH = 262_144;

    private final StringBuilder head = new StringBuilder();
    private final StringBuilder tail = new StringBuilder();
    private long leftOut;

    @Override
    public synchronized void accept(String text) {
        int intoHead = Math.min(text.length(), KEPT_EACH - head.length());
        head.append(text, 0, intoHead);
        if (intoHead < text.length()) {
            tail.append(text, intoHead, text.length());
            if (tail.length() > 2 * KEPT_EACH) {
                int cut = tail.length() - KEPT_EACH;
                leftOut += cut;
                tail.delete(0, cut);
            }
        }
    }

    /** Everything kept, for the store and the export. */
    synchronized String full() {
        if (leftOut == 0) {
            return head + tail.toString();
        }
        return head + "\n[… " + leftOut + " characters left out …]\n" + tail;
    }

    /** The last {@value #SHOWN} characters, marked with … when there was more before them. */
    synchronized String shown() {
        String last = tail.length() >= SHOWN ? tail.substring(tail.length() - SHOWN)
                : head.substring(Math.max(0, head.length() - (SHOWN - tail.length()))) + tail;
        boolean cut = head.length() + tail.length() + leftOut > SHOWN;
        return cut ? "…" + last.substring(1) : last;
    }
}
