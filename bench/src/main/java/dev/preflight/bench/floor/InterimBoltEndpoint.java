package dev.preflight.bench.floor;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Bolt on the JDK HTTP server, written the way the bot's adapter is (body bytes decoded as UTF-8, Bolt's
 * parser, {@code app.run}), for the floor until the bot's own adapter class can be reused.
 */
final class InterimBoltEndpoint implements HttpHandler {

    private final App app;
    private final SlackRequestParser parser;

    InterimBoltEndpoint(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .headers(new RequestHeaders(new HashMap<>(exchange.getRequestHeaders())))
                    .requestBody(body)
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            if (request == null) {
                send(exchange, 400, "text/plain", "not a request from Slack");
                return;
            }
            Response response;
            try {
                response = app.run(request);
            } catch (Exception e) {
                send(exchange, 500, "text/plain", "");
                return;
            }
            send(exchange, response.getStatusCode(), response.getContentType(),
                    response.getBody() == null ? "" : response.getBody());
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType.contains("charset")
                    ? contentType : contentType + "; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
