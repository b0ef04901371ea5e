package dev.preflight.bot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of the {@code preflight} command line: each job is a subcommand. */
@Command(name = "preflight",
        description = "Coordinates production deployments in team chat from a Markdown checklist.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ConsoleCommand.class, ServeCommand.class, TemplateCommand.class, HealthCommand.class, CommandLine.HelpCommand.class})
public final class PreflightCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line with every subcommand, its errors printed as one line. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PreflightCommand());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
