package dev.preflight.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.sun.net.httpserver.HttpServer;
import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.bot.slack.delivery.Courier;
import dev.preflight.bot.slack.listeners.ChangeRefreshes;
import dev.preflight.bot.slack.listeners.Listeners;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteOutbox;
import dev.preflight.storage.sqlite.SqliteReminderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Preflight in Slack: Bolt served on the JDK's HTTP server ({@code POST /slack/events} for slash commands,
 * interactivity and events; {@code GET /healthz}), the listeners, and the courier delivering the outbox, which
 * maintenance reminders are posted through too.
 * Close it to stop serving; letters not yet delivered wait in the database for the next start.
 */
public final class SlackServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackServer.class);
    private static final Duration KEEP_FINISHED_LETTERS = Duration.ofDays(7);
    private static final int HTTP_THREADS = 8;
    private static final int WORK_THREADS = 8;

    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final ExecutorService workers;
    private final Courier courier;
    private final App app;
    private final Slack slack;

    private SlackServer(HttpServer http, ExecutorService httpThreads, ExecutorService workers, Courier courier,
                        App app, Slack slack) {
        this.http = http;
        this.httpThreads = httpThreads;
        this.workers = workers;
        this.courier = courier;
        this.app = app;
        this.slack = slack;
    }

    /**
     * Starts serving Slack on {@code settings.port()} (0 picks a free port, see {@link #port()}). {@code clock}
     * is real time for pacing and retries and, with {@code zone}, how moments show in messages. Throws
     * {@link SlackSettingsException} when Slack refuses the bot token or cannot be reached at the API URL.
     * Maintenance reminders are not posted by this server (see the overload taking a {@link SlackReminderPoster}).
     */
    public static SlackServer start(SlackSettings settings, Preflight core, SqliteDatabase db,
                                    SqliteDeploymentStore store, Clock clock, ZoneId zone) {
        return start(settings, core, db, store, clock, zone, new SlackReminderPoster(ReminderSettings.off(), Map.of()));
    }

    /**
     * Starts serving Slack as {@link #start(SlackSettings, Preflight, SqliteDatabase, SqliteDeploymentStore, Clock, ZoneId)}
     * does, and connects {@code reminders} (the poster the application was built with) to this server's outbox,
     * so that reminders are posted from now on and clicks on their checkboxes are recorded.
     */
    public static SlackServer start(SlackSettings settings, Preflight core, SqliteDatabase db,
                                    SqliteDeploymentStore store, Clock clock, ZoneId zone,
                                    SlackReminderPoster reminders) {
        Slack slack = Slack.getInstance(slackConfig(settings));
        // auth.test once at start, then never in a request's path: a request from Slack is recorded even while
        // Slack's Web API is down (the outbox waits it out). Signatures are checked by BoltEndpoint, over raw bytes.
        App app = new App(AppConfig.builder().singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret()).requestVerificationEnabled(false).slack(slack)
                .authTestCacheEnabled(true).authTestCacheExpirationMillis(-1).build());
        SqliteOutbox outbox = new SqliteOutbox(db);
        outbox.forgetFinishedBefore(clock.instant().minus(KEEP_FINISHED_LETTERS));
        Courier courier = new Courier(outbox, settings.apiUrl(), settings.botToken(), settings.delivery(), clock);
        ExecutorService workers = Executors.newFixedThreadPool(WORK_THREADS, threads("slack-work"));
        ExecutorService httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, threads("slack-http"));
        try {
            DeploymentMessages messages = new DeploymentMessages(new TimeFormat(zone, clock));
            store.sendChanges(new ChangeRefreshes(messages), clock);
            Listeners listeners = Listeners.register(app, core, store, outbox, courier::wake, messages, clock, workers,
                    settings.delivery().ackBudget(), reminders);
            authenticate(app, settings);
            courier.start(listeners::posted, listeners::current);
            reminders.connect(outbox, courier::wake, clock, new SqliteReminderStore(db));
            HttpServer http = listen(settings.port(), new BoltEndpoint(app,
                    new RequestSignature(settings.signingSecret(), clock), listeners.clicks()::handle), db,
                    httpThreads);
            LOG.info("Serving Slack on port {} (POST /slack/events, GET /healthz); Web API at {}",
                    http.getAddress().getPort(), settings.apiUrl());
            return new SlackServer(http, httpThreads, workers, courier, app, slack);
        } catch (RuntimeException e) {
            httpThreads.shutdownNow();
            workers.shutdownNow();
            courier.close();
            throw e;
        }
    }

    /**
     * Bolt checks the token with {@code auth.test} when it starts. Slack answering that the token is bad and
     * Slack not answering at all are told apart: only the first is the token's fault.
     */
    private static void authenticate(App app, SlackSettings settings) {
        try {
            app.start();
        } catch (IllegalArgumentException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("auth.test error")) {
                throw new SlackSettingsException("SLACK_BOT_TOKEN was not accepted by Slack at " + settings.apiUrl()
                        + " (" + why + ")");
            }
            throw new SlackSettingsException("Slack's Web API at " + settings.apiUrl() + " (SLACK_API_URL) did not"
                    + " answer the check of SLACK_BOT_TOKEN; try again shortly (" + why.replace('\n', ' ') + ")");
        }
    }

    /** Tells the courier that letters wait, e.g. after a {@code SlackRollbackListener} enqueued some. */
    public void wake() {
        courier.wake();
    }

    /** The port Slack's requests are served on. */
    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        httpThreads.shutdown();
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        courier.close();
        app.stop();
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("closing the Slack client: {}", e.toString());
        }
    }

    private static SlackConfig slackConfig(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false);
        int timeout = (int) settings.delivery().callTimeout().toMillis();
        config.setHttpClientCallTimeoutMillis(timeout);
        config.setHttpClientReadTimeoutMillis(timeout);
        config.setHttpClientWriteTimeoutMillis(timeout);
        return config;
    }

    private static HttpServer listen(int port, BoltEndpoint events, SqliteDatabase db, ExecutorService threads) {
        // Without TCP_NODELAY the JDK server's small writes wait for delayed ACKs: tens of ms per response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            server.createContext("/slack/events", events);
            server.createContext("/healthz", new HealthEndpoint(db::ping));
            server.setExecutor(threads);
            server.start();
            return server;
        } catch (IOException e) {
            throw new SlackSettingsException("PORT " + port + " cannot be listened on: " + e.getMessage());
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
