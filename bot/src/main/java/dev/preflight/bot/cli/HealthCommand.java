package dev.preflight.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

/** Asks a running bot whether it is healthy; used by the container's HEALTHCHECK. */
@Command(name = "health", description = "Exit 0 when the bot on this host answers 200 on /healthz, 1 otherwise.")
final class HealthCommand implements Callable<Integer> {

    @Option(names = "--url", description = "Health endpoint (default: http://127.0.0.1:$PORT/healthz, PORT default 3000).")
    String url;

    @Override
    public Integer call() {
        String target = url != null ? url
                : "http://127.0.0.1:" + System.getenv().getOrDefault("PORT", "3000") + "/healthz";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println(response.statusCode() + " " + response.body());
            return response.statusCode() == 200 ? 0 : 1;
        } catch (Exception e) {
            System.out.println("unreachable: " + e.getClass().getSimpleName());
            return 1;
        }
    }
}
