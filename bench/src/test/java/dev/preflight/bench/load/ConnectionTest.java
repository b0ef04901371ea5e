package dev.preflight.bench.load;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sized", exchange -> respond(exchange, 200, "x".repeat(5000).getBytes(), false));
        server.createContext("/chunked", exchange -> respond(exchange, 503, "unavailable".getBytes(), true));
        server.createContext("/empty", exchange -> respond(exchange, 200, new byte[0], false));
        server.createContext("/close", exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            respond(exchange, 200, "bye".getBytes(), false);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsEachResponseWhole_soThatTheNextOnTheSameConnectionIsReadRight() throws IOException {
        try (Connection c = new Connection(server.getAddress())) {
            for (int i = 0; i < 3; i++) {
                assertThat(c.exchange(head("/sized", 2), "hi".getBytes())).isEqualTo(200);
                assertThat(c.exchange(head("/chunked", 2), "hi".getBytes())).isEqualTo(503);
                assertThat(c.exchange(head("/empty", 2), "hi".getBytes())).isEqualTo(200);
            }
        }
        assertThat(requests).hasValue(9);
    }

    @Test
    void reconnectsWhenTheServerClosedTheConnection() throws IOException {
        try (Connection c = new Connection(server.getAddress())) {
            assertThat(c.exchange(head("/close", 0), new byte[0])).isEqualTo(200);
            assertThat(c.exchange(head("/sized", 0), new byte[0])).isEqualTo(200);
        }
    }

    private void respond(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body, boolean chunked)
            throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            exchange.sendResponseHeaders(status, chunked ? 0 : body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private byte[] head(String path, int length) {
        return ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
