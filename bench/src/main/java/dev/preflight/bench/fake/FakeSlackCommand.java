package dev.preflight.bench.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A stand-in for Slack's Web API on 127.0.0.1, so that a benchmark never leaves the machine: every method
 * answers {@code ok:true} at once ({@code chat.postMessage} with a fresh {@code ts}), and posts to response
 * URLs get 200. It counts the calls and prints them when it stops.
 */
@Command(name = "fake-slack", mixinStandardHelpOptions = true,
        description = "Serve a minimal fake of Slack's Web API on 127.0.0.1 until stopped.")
public final class FakeSlackCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "3999", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();

    @Override
    public Integer call() throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("fake Slack Web API on http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            System.out.println("fake Slack calls: " + new TreeMap<>(calls));
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String method = path.startsWith("/api/") ? path.substring(5) : "response_url";
            calls.computeIfAbsent(method, m -> new LongAdder()).increment();
            String body = switch (method) {
                case "auth.test" -> "{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"bench\","
                        + "\"user\":\"preflight\",\"team_id\":\"T0BENCH01\",\"user_id\":\"U0BOT0001\","
                        + "\"bot_id\":\"B0BOT0001\",\"is_enterprise_install\":false}";
                case "chat.postMessage", "chat.update" -> message(request);
                default -> "{\"ok\":true}";
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String message(byte[] request) {
        String channel = "C0UNKNOWN";
        String ts = null;
        for (String pair : new String(request, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = pair.substring(0, eq);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (name.equals("channel")) {
                channel = value;
            } else if (name.equals("ts")) {
                ts = value;
            }
        }
        if (ts == null) {
            long n = messages.incrementAndGet();
            ts = (1_800_000_000L + n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
        }
        return "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}";
    }
}
