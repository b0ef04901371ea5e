package dev.preflight.bot.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/** {@code GET /healthz}: 200 while the database answers, 503 when it does not. */
final class HealthEndpoint implements HttpHandler {

    private final BooleanSupplier database;

    HealthEndpoint(BooleanSupplier database) {
        this.database = database;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Http.send(exchange, 405, "text/plain", "");
            } else if (database.getAsBoolean()) {
                Http.send(exchange, 200, "text/plain", "ok\n");
            } else {
                Http.send(exchange, 503, "text/plain", "database unavailable\n");
            }
        }
    }
}
