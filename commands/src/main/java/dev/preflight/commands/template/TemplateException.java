package dev.preflight.commands.template;

/** A template that cannot be used, with the line (1-based; 0 when not tied to a line) that says why. */
public class TemplateException extends RuntimeException {
    private final int line;
    private final String reason;

    public TemplateException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
        this.reason = message;
    }

    public int line() {
        return line;
    }

    /** What is wrong, without the line number (for callers that print {@code file:line: reason}). */
    public String reason() {
        return reason;
    }
}
