package dev.preflight.bench.serve;

import dev.preflight.bot.Application;
import dev.preflight.bot.config.SettingsLoader;
import dev.preflight.bot.slack.SlackServer;
import dev.preflight.bot.slack.SlackSettings;
import picocli.CommandLine.Command;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Preflight in Slack, wired as the bot wires it (the application from its settings, then the Slack server),
 * for benchmark runs where the bot's jar has no {@code serve} command yet. Same environment variables.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve Preflight in Slack from the bot's own classes, until stopped.")
public final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        Application app = Application.start(new SettingsLoader(System.getenv()).load(), Clock.systemUTC());
        SlackServer server = SlackServer.start(SlackSettings.fromEnvironment(System.getenv()), app.preflight(),
                app.database(), app.store(), app.clock(), app.settings().zone());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            app.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
