package dev.preflight.bench.floor;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The floor for the Slack endpoint: a Bolt app on the same HTTP front end as Preflight that only acknowledges
 * (every {@code /deploy} and every block action), with {@code GET /healthz} answering 200 at once. With
 * {@code --no-bolt} it is the front end alone, answering 200 to every POST without reading Slack's format.
 * Reads SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL and PORT as {@code preflight serve} does.
 */
@Command(name = "bare", mixinStandardHelpOptions = true,
        description = "Serve a Bolt app that only acknowledges, on 127.0.0.1, until stopped.")
public final class BareBoltCommand implements Callable<Integer> {

    @Option(names = "--no-bolt", description = "Answer 200 to every POST without Bolt.")
    boolean noBolt;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3000"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        server.createContext("/healthz", exchange -> {
            try (exchange) {
                InterimBoltEndpoint.send(exchange, 200, "text/plain", "ok\n");
            }
        });
        if (noBolt) {
            server.createContext("/slack/events", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    InterimBoltEndpoint.send(exchange, 200, "text/plain", "");
                }
            });
        } else {
            server.createContext("/slack/events", new InterimBoltEndpoint(app()));
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        System.out.println((noBolt ? "bare front end" : "bare Bolt app") + " on http://127.0.0.1:"
                + server.getAddress().getPort() + "/slack/events");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static App app() {
        SlackConfig slackConfig = new SlackConfig();
        String apiUrl = System.getenv("SLACK_API_URL");
        if (apiUrl != null && !apiUrl.isBlank()) {
            slackConfig.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        }
        App app = new App(AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .build());
        app.command("/deploy", (req, ctx) -> ctx.ack());
        app.blockAction(Pattern.compile(".*"), (req, ctx) -> ctx.ack());
        return app;
    }
}
