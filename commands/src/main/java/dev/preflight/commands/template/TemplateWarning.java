package dev.preflight.commands.template;

/** Something in a template the parser did not understand and left out, at {@code line} (1-based). */
public record TemplateWarning(int line, String message) {
    public TemplateWarning {
        Lines.requireOneLine("message", message);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
