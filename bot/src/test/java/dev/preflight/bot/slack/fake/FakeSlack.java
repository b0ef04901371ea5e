package dev.preflight.bot.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's Web API on 127.0.0.1, speaking its wire format: form-encoded requests with a bearer token, blocks as
 * a JSON string, {@code auth.test}, {@code chat.postMessage} (answering a ts), {@code chat.update},
 * {@code chat.postEphemeral}, and {@code response_url} posts. It checks every message against Block Kit's
 * limits and Slack's threading rules, and can be told to answer 429, 5xx, or to hang.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String TEAM = "T0FAKE";
    public static final String BOT_USER = "UPREFLIGHT";

    private final String token;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final FakeWorkspace workspace = new FakeWorkspace();
    private final AtomicInteger responseUrls = new AtomicInteger();
    private final Deque<Fault> nextFaults = new ArrayDeque<>();
    private Fault outage;
    private CountDownLatch hanging = new CountDownLatch(1);

    private FakeSlack(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.setExecutor(threads);
        server.start();
    }

    public static FakeSlack start(String token) {
        try {
            return new FakeSlack(token);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A fresh {@code response_url} for a slash command payload. */
    public String responseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + responseUrls.incrementAndGet();
    }

    public FakeWorkspace workspace() {
        return workspace;
    }

    /** Every Web API call and response_url post answers {@code fault} until {@link #recover()}. */
    public synchronized void outage(Fault fault) {
        outage = fault;
    }

    /** The next {@code n} calls answer {@code fault}. */
    public synchronized void failNext(int n, Fault fault) {
        for (int i = 0; i < n; i++) {
            nextFaults.add(fault);
        }
    }

    public synchronized void recover() {
        outage = null;
        nextFaults.clear();
        hanging.countDown();
        hanging = new CountDownLatch(1);
    }

    @Override
    public void close() {
        recover();
        server.stop(0);
        threads.shutdownNow();
    }

    private synchronized Optional<Fault> fault() {
        if (!nextFaults.isEmpty()) {
            return Optional.of(nextFaults.poll());
        }
        return Optional.ofNullable(outage);
    }

    private synchronized CountDownLatch hangLatch() {
        return hanging;
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!("Bearer " + token).equals(auth)) {
                json(exchange, 200, error("invalid_auth"));
                return;
            }
            if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
                workspace.violation(method + " sent as " + contentType + ", not form-encoded");
            }
            if (misbehave(exchange)) {
                return;
            }
            WireForm form = WireForm.parse(body);
            JsonObject answer = switch (method) {
                case "auth.test" -> authTest();
                case "chat.postMessage" -> workspace.post(form, blocks(form, method));
                case "chat.update" -> workspace.update(form, blocks(form, method));
                case "chat.postEphemeral" -> workspace.ephemeral(form, blocks(form, method));
                default -> error("unknown_method");
            };
            json(exchange, 200, answer);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (misbehave(exchange)) {
                return;
            }
            JsonObject json = JsonParser.parseString(body).getAsJsonObject();
            workspace.responded(exchange.getRequestURI().getPath(), json);
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
        }
    }

    /** Answers with the fault in force, if any; true when it did. */
    private boolean misbehave(HttpExchange exchange) throws IOException {
        Optional<Fault> fault = fault();
        if (fault.isEmpty()) {
            return false;
        }
        workspace.failed();
        if (fault.get() instanceof Fault.RateLimited r) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(r.retryAfterSeconds()));
            json(exchange, 429, error("ratelimited"));
        } else if (fault.get() instanceof Fault.ServerError s) {
            json(exchange, s.status(), error("internal_error"));
        } else {
            try {
                hangLatch().await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            json(exchange, 500, error("internal_error"));
        }
        return true;
    }

    private Optional<JsonArray> blocks(WireForm form, String method) {
        Optional<String> blocks = form.get("blocks");
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        JsonArray parsed = JsonParser.parseString(blocks.get()).getAsJsonArray();
        BlockKitRules.check(form.get("text").orElse(""), parsed)
                .forEach(v -> workspace.violation(method + ": " + v));
        return Optional.of(parsed);
    }

    private static JsonObject authTest() {
        JsonObject o = new JsonObject();
        o.addProperty("ok", true);
        o.addProperty("url", "https://fake.slack.test/");
        o.addProperty("team", "Fake");
        o.addProperty("user", "preflight");
        o.addProperty("team_id", TEAM);
        o.addProperty("user_id", BOT_USER);
        o.addProperty("bot_id", "BPREFLIGHT");
        return o;
    }

    static JsonObject error(String error) {
        JsonObject o = new JsonObject();
        o.addProperty("ok", false);
        o.addProperty("error", error);
        return o;
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
