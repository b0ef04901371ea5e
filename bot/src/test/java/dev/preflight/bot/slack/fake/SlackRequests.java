package dev.preflight.bot.slack.fake;

import com.google.gson.JsonObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * Requests to the bot's {@code /slack/events} as Slack sends them: the body form-encoded (a slash command, or
 * {@code payload=} holding an interaction's JSON) or JSON (an event), signed with the signing secret:
 * {@code X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))}.
 */
public final class SlackRequests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String url;
    private final String secret;
    private final Clock clock;

    public SlackRequests(int port, String secret, Clock clock) {
        this.url = "http://127.0.0.1:" + port + "/slack/events";
        this.secret = secret;
        this.clock = clock;
    }

    /** Slack's signature of {@code body} sent at {@code timestamp} (seconds since the epoch). */
    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    public static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() > 0 ? "&" : "")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** {@code /deploy text} typed by {@code user} in {@code channel}. */
    public HttpResponse<String> command(String user, String channel, String text, String triggerId,
                                        String responseUrl) {
        return send(form(Map.of("token", "legacy", "team_id", FakeSlack.TEAM,
                "channel_id", channel, "user_id", user, "command", "/deploy", "text", text,
                "response_url", responseUrl, "trigger_id", triggerId)), "application/x-www-form-urlencoded");
    }

    /** An interaction ({@code block_actions}): the payload's JSON as the {@code payload} form field. */
    public HttpResponse<String> interaction(JsonObject payload) {
        return send(form(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded");
    }

    /** An Events API envelope; {@code retryNum} above 0 adds Slack's retry headers. */
    public HttpResponse<String> event(JsonObject envelope, int retryNum) {
        long now = clock.instant().getEpochSecond();
        String body = envelope.toString();
        return send(body, "application/json", now, signature(secret, now, body), retryNum);
    }

    public HttpResponse<String> send(String body, String contentType) {
        long now = clock.instant().getEpochSecond();
        return send(body, contentType, now, signature(secret, now, body), 0);
    }

    /** Sends {@code body} with exactly the given timestamp and signature headers. */
    public HttpResponse<String> send(String body, String contentType, long timestamp, String signature,
                                     int retryNum) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        if (retryNum > 0) {
            request.header("X-Slack-Retry-Num", Integer.toString(retryNum))
                    .header("X-Slack-Retry-Reason", "http_timeout");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
