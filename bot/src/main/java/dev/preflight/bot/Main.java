package dev.preflight.bot;

import dev.preflight.bot.cli.PreflightCommand;
import picocli.CommandLine;

/** Runs the {@code preflight} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(PreflightCommand.commandLine().execute(args));
    }
}
