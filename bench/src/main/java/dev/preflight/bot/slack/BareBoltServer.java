package dev.preflight.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The floor that Preflight's Slack endpoint is measured against: the bot's own HTTP front end
 * ({@link BoltEndpoint} with its {@link RequestSignature} check, {@link HealthEndpoint}, and the server set up
 * as {@link SlackServer} sets it up: the same thread count, TCP_NODELAY, backlog) in front of a Bolt app whose
 * listeners only acknowledge. It lives in
 * the bot's package, in the bench module, to reuse those package-private classes unchanged.
 */
public final class BareBoltServer implements AutoCloseable {

    /** As in {@link SlackServer}. */
    private static final int HTTP_THREADS = 8;

    private final HttpServer http;
    private final ExecutorService threads;

    private BareBoltServer(HttpServer http, ExecutorService threads) {
        this.http = http;
        this.threads = threads;
    }

    /**
     * Serves on {@code settings.port()}: with {@code bolt}, Bolt acknowledging every {@code /deploy} and every
     * block action; without, 200 to every POST, which is the HTTP front end alone.
     */
    public static BareBoltServer start(SlackSettings settings, boolean bolt) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ExecutorService threads = Executors.newFixedThreadPool(HTTP_THREADS, r -> {
            Thread t = new Thread(r, "bare-http");
            t.setDaemon(true);
            return t;
        });
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.port()), 0);
        if (bolt) {
            server.createContext("/slack/events", new BoltEndpoint(app(settings),
                    new RequestSignature(settings.signingSecret(), Clock.systemUTC())));
        } else {
            server.createContext("/slack/events", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    Http.send(exchange, 200, "text/plain", "");
                }
            });
        }
        server.createContext("/healthz", new HealthEndpoint(() -> true));
        server.setExecutor(threads);
        server.start();
        return new BareBoltServer(server, threads);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    private static App app(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false);
        App app = new App(AppConfig.builder().singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret()).slack(Slack.getInstance(config)).build());
        app.command("/deploy", (req, ctx) -> ctx.ack());
        app.blockAction(Pattern.compile(".*"), (req, ctx) -> ctx.ack());
        app.start();
        return app;
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
