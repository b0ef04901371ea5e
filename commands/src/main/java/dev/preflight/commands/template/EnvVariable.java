package dev.preflight.commands.template;

/**
 * A variable of the template's environment block; secret when its name or placeholder says PASSWORD,
 * SECRET, KEY or TOKEN. The value is as written in the template, usually a placeholder such as
 * {@code <strong-password>}.
 */
public record EnvVariable(String name, String value, boolean secret) {
    public EnvVariable {
        Lines.requireOneLine("variable name", name);
        Lines.requireOneLine("variable value", value);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a variable needs a name");
        }
    }
}
