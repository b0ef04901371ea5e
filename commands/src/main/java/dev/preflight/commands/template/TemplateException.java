package dev.preflight.commands.template;

/** A template that cannot be used, with the line (1-based; 0 when not tied to a line) that says why. */
public class TemplateException extends RuntimeException {
    private final int line;

    public TemplateException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
