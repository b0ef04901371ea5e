package dev.preflight.commands.rollback;

/**
 * Redacts output line by line before passing it on, so that a secret split across two pieces of output is still
 * whole when it is looked for. A line longer than {@value #LONGEST_LINE} characters is passed on in parts.
 */
final class RedactingSink implements OutputSink {

    static final int LONGEST_LINE = 16_384;

    private final Redactor redactor;
    private final OutputSink next;
    private final StringBuilder pending = new StringBuilder();

    RedactingSink(Redactor redactor, OutputSink next) {
        this.redactor = redactor;
        this.next = next;
    }

    @Override
    public synchronized void accept(String text) {
        pending.append(text);
        int end = Math.max(pending.lastIndexOf("\n"), pending.lastIndexOf("\r")) + 1;
        if (end == 0 && pending.length() > LONGEST_LINE) {
            end = pending.length();
        }
        if (end > 0) {
            String lines = pending.substring(0, end);
            pending.delete(0, end);
            next.accept(redactor.redact(lines));
        }
    }

    /** Passes on what is left of an unfinished last line. */
    synchronized void flush() {
        if (pending.length() > 0) {
            String rest = pending.toString();
            pending.setLength(0);
            next.accept(redactor.redact(rest));
        }
    }
}
