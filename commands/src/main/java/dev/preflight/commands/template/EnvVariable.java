package dev.preflight.commands.template;

/** A variable of the template's environment block; secret when its name or placeholder says so. */
public record EnvVariable(String name, String value, boolean secret) {
}
