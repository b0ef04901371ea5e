package dev.preflight.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code POST /slack/events}: checks that a request comes from Slack and is recent (else 401), offers it to the
 * bot's own handler of clicks ({@code ownFirst}, which acknowledges what it handled with an empty 200), and
 * hands the rest (slash commands, events, other interactions) to Bolt, writing Bolt's response back. Bodies are
 * bytes decoded as UTF-8.
 */
final class BoltEndpoint implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BoltEndpoint.class);

    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignature signature;
    private final Predicate<String> ownFirst;

    /** Everything goes to Bolt. */
    BoltEndpoint(App app, RequestSignature signature) {
        this(app, signature, body -> false);
    }

    /** Requests whose body {@code ownFirst} accepts were handled by it; the rest go to Bolt. */
    BoltEndpoint(App app, RequestSignature signature, Predicate<String> ownFirst) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signature;
        this.ownFirst = ownFirst;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Http.send(exchange, 405, "text/plain", "");
                return;
            }
            byte[] raw = exchange.getRequestBody().readAllBytes();
            if (!signature.verify(exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Slack-Signature"), raw)) {
                LOG.info("refused a request whose signature is wrong or older than five minutes");
                Http.send(exchange, 401, "application/json", "{\"error\":\"invalid request\"}");
                return;
            }
            String body = new String(raw, StandardCharsets.UTF_8);
            boolean handled;
            try {
                handled = ownFirst.test(body);
            } catch (RuntimeException e) {
                LOG.error("handling a click failed", e);
                Http.send(exchange, 500, "text/plain", "");
                return;
            }
            if (handled) {
                Http.send(exchange, 200, "text/plain", "");
                return;
            }
            Request<?> request;
            try {
                request = parser.parse(SlackRequestParser.HttpRequest.builder()
                        .requestUri(exchange.getRequestURI().getPath())
                        .queryString(query(exchange.getRequestURI().getRawQuery()))
                        .headers(new RequestHeaders(new HashMap<>(exchange.getRequestHeaders())))
                        .requestBody(body)
                        .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                        .build());
            } catch (RuntimeException e) {
                LOG.info("refused a signed request that cannot be read: {}", e.toString());
                request = null;
            }
            if (request == null) {
                Http.send(exchange, 400, "text/plain", "not a request from Slack");
                return;
            }
            Response response = run(request);
            response.getHeaders().forEach((name, values) -> {
                if (!"content-type".equalsIgnoreCase(name) && !"content-length".equalsIgnoreCase(name)) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            Http.send(exchange, response.getStatusCode(), response.getContentType(),
                    response.getBody() == null ? "" : response.getBody());
        }
    }

    private Response run(Request<?> request) {
        try {
            return app.run(request);
        } catch (Exception e) {
            LOG.error("handling a {} request failed", request.getRequestType(), e);
            return Response.builder().statusCode(500).contentType("text/plain").body("").build();
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
