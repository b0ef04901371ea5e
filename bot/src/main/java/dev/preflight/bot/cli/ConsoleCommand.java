package dev.preflight.bot.cli;

import dev.preflight.bot.Application;
import dev.preflight.bot.config.Settings;
import dev.preflight.bot.config.SettingsLoader;
import dev.preflight.bot.console.ConsoleChat;
import dev.preflight.bot.reminder.PrintingReminderPoster;
import dev.preflight.bot.rollback.PrintingRollbackListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * A chat in the terminal on the local SQLite file: the embedded default. With reminders in the settings, the
 * maintenance reminders that fall due while it runs are posted in it.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Chat with Preflight in the terminal: type the same commands as in Slack's /deploy.")
final class ConsoleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--as", paramLabel = "USER", defaultValue = "${sys:user.name:-you}",
            description = "Who you are in the chat (default: your login name). Switch later with :as NAME.")
    String user;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite file (default: PREFLIGHT_DB or ./preflight.db).")
    Path database;

    @Option(names = "--script", paramLabel = "FILE", description = "Read the lines from FILE instead of the keyboard.")
    Path script;

    @Override
    public Integer call() throws IOException {
        Settings loaded = new SettingsLoader(System.getenv()).load();
        Settings settings = (database == null ? loaded : loaded.withDatabase(database))
                .withReminders(ConsoleChat.postedHere(loaded.reminders()));
        String name = user.replaceAll("[^A-Za-z0-9._-]", "");
        PrintWriter out = spec.commandLine().getOut();
        try (Application app = Application.start(settings, Clock.systemUTC(), new PrintingReminderPoster(out),
                new PrintingRollbackListener(out, ConsoleChat::asShown));
             BufferedReader in = script == null
                     ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                     : Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            app.startReminders();
            new ConsoleChat(app.preflight(), app.store(), out, name.isEmpty() ? "you" : name)
                    .run(in, script != null);
        }
        return 0;
    }
}
