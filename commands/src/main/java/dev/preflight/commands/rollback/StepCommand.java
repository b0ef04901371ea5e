package dev.preflight.commands.rollback;

import java.util.List;

/**
 * What a runner executes: an argument vector with every parameter already filled in, and whether the template's
 * text needed a shell (then the vector is {@code [prefix..., /bin/sh, -c, text]}).
 */
public record StepCommand(List<String> arguments, boolean viaShell) {

    public StepCommand {
        arguments = List.copyOf(arguments);
        if (arguments.isEmpty() || arguments.get(0).isEmpty()) {
            throw new IllegalArgumentException("a command needs a program to run");
        }
    }

    /** The same command as one POSIX shell line, values quoted: what is shown, and what a remote shell would run. */
    public String line() {
        return ShellQuote.line(arguments);
    }
}
