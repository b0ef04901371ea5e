package dev.preflight.bot.cli;

import dev.preflight.bot.config.SettingsException;
import picocli.CommandLine;

/**
 * Prints a failure as one line on standard error and exits 1: a bad setting names the setting; anything
 * else names what failed. Stack traces are not for the people who run the bot.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String message = e instanceof SettingsException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        cli.getErr().println("preflight: " + message);
        cli.getErr().flush();
        return 1;
    }
}
