package dev.preflight.bot.cli;

import dev.preflight.bot.Application;
import dev.preflight.bot.config.Settings;
import dev.preflight.bot.config.SettingsLoader;
import dev.preflight.bot.slack.SlackReminderPoster;
import dev.preflight.bot.slack.SlackServer;
import dev.preflight.bot.slack.SlackSettings;
import dev.preflight.bot.slack.rollback.SlackRollbackListener;
import dev.preflight.commands.rollback.RollbackListener;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteOutbox;
import picocli.CommandLine.Command;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Serves Slack: slash commands, clicks and mentions on POST /slack/events, and GET /healthz; with reminders in
 * the settings, posts the maintenance reminders as they fall due.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve Slack on PORT (default 3000): POST /slack/events and GET /healthz.",
                "Reads SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL, PORT and the PREFLIGHT_* settings.",
                "Posts maintenance reminders when the settings have a reminders: block."})
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = new SettingsLoader(System.getenv()).load();
        SlackSettings slack = SlackSettings.fromEnvironment(System.getenv());
        SlackReminderPoster reminders = new SlackReminderPoster(settings.reminders(), settings.roles());
        Clock clock = Clock.systemUTC();
        AtomicReference<SlackServer> serving = new AtomicReference<>();
        Function<SqliteDatabase, RollbackListener> rollbackOutput = database -> new SlackRollbackListener(
                new SqliteOutbox(database), () -> Optional.ofNullable(serving.get()).ifPresent(SlackServer::wake),
                clock);
        Application app = Application.start(settings, clock, reminders, rollbackOutput);
        SlackServer server;
        try {
            server = SlackServer.start(slack, app.preflight(), app.database(), app.store(), clock, settings.zone(),
                    reminders);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        serving.set(server);
        app.startReminders();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stopRollbacks();
            server.close();
            app.close();
            stopped.countDown();
        }, "preflight-shutdown"));
        stopped.await();
        return 0;
    }
}
