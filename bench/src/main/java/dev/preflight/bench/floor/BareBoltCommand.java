package dev.preflight.bench.floor;

import dev.preflight.bot.slack.BareBoltServer;
import dev.preflight.bot.slack.SlackSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the floor: a Bolt app on Preflight's own HTTP front end that only acknowledges, with
 * {@code GET /healthz} answering 200 at once; with {@code --no-bolt}, the front end alone. Reads
 * SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL and PORT as {@code preflight serve} does.
 */
@Command(name = "bare", mixinStandardHelpOptions = true,
        description = "Serve a Bolt app that only acknowledges, on Preflight's HTTP front end, until stopped.")
public final class BareBoltCommand implements Callable<Integer> {

    @Option(names = "--no-bolt", description = "Answer 200 to every POST without Bolt.")
    boolean noBolt;

    @Override
    public Integer call() throws IOException, InterruptedException {
        SlackSettings settings = SlackSettings.fromEnvironment(System.getenv());
        BareBoltServer server = BareBoltServer.start(settings, !noBolt);
        System.out.println((noBolt ? "bare front end" : "bare Bolt app") + " on port " + server.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
