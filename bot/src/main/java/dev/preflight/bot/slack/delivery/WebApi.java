package dev.preflight.bot.slack.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the one Web API call a letter asks for, and says what came of it. Never throws. Calls go out as Slack
 * documents them (a form-encoded POST to {@code <api url><method>} with the bot token as bearer, blocks as a
 * JSON string); an answer is read for {@code ok}, {@code error} and {@code ts} only, which is all delivery
 * needs, on the JDK's HTTP client, which keeps connections open between calls.
 */
final class WebApi {

    /** Errors Slack answers with {@code ok: false} that pass by themselves, or once an installer fixes the app. */
    private static final Set<String> PASSING = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "invalid_auth", "not_authed", "account_inactive", "token_revoked",
            "token_expired", "team_access_not_granted");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String apiUrl;
    private final String authorization;
    private final Duration timeout;

    /** {@code apiUrl} ends with a slash, e.g. {@code https://slack.com/api/}. */
    WebApi(String apiUrl, String botToken, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        this.authorization = "Bearer " + botToken;
        this.timeout = timeout;
    }

    /** Delivers {@code out}; {@code refs} gives the ts of a message the bot posted before, by its key. */
    Outcome deliver(Outgoing out, Optional<String> messageKey, Function<String, Optional<String>> refs) {
        try {
            return switch (out.kind()) {
                case POST -> post(out, refs);
                case UPDATE -> update(out, messageKey, refs);
                case REFRESH -> new Outcome.Refused("a refresh is rendered into an update before it is sent");
                case EPHEMERAL -> call("chat.postEphemeral", new Form().add("channel", out.channel())
                        .add("user", out.user().orElseThrow()).add("text", out.text())
                        .add("thread_ts", out.threadTs()).add("blocks", out.blocks()));
                case RESPOND -> respond(out);
            };
        } catch (IOException | RuntimeException e) {
            return new Outcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted while waiting for Slack");
        }
    }

    private Outcome post(Outgoing out, Function<String, Optional<String>> refs)
            throws IOException, InterruptedException {
        Optional<String> thread = out.threadTs();
        if (out.threadOf().isPresent()) {
            thread = refs.apply(out.threadOf().get());
            if (thread.isEmpty()) {
                return new Outcome.Refused("the thread's root message " + out.threadOf().get() + " was never posted");
            }
        }
        return call("chat.postMessage", new Form().add("channel", out.channel()).add("text", out.text())
                .add("blocks", out.blocks()).add("thread_ts", thread).add("unfurl_links", "false")
                .add("unfurl_media", "false"));
    }

    private Outcome update(Outgoing out, Optional<String> messageKey, Function<String, Optional<String>> refs)
            throws IOException, InterruptedException {
        Optional<String> ts = messageKey.flatMap(refs);
        if (ts.isEmpty()) {
            return new Outcome.Refused("the message " + messageKey.orElse("(none)") + " was never posted");
        }
        return call("chat.update", new Form().add("channel", out.channel()).add("ts", ts.get())
                .add("text", out.text()).add("blocks", out.blocks()));
    }

    private Outcome call(String method, Form form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + method)).timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            return http(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null));
        }
        return answer(response.body());
    }

    private Outcome respond(Outgoing out) throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("response_type", "ephemeral").put("text", out.text()).toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(out.responseUrl().orElseThrow())).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
            return new Outcome.Delivered(Optional.empty());
        }
        return http(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null));
    }

    private static Outcome answer(String body) throws IOException {
        JsonNode json = JSON.readTree(body);
        if (json == null || !json.isObject()) {
            return new Outcome.Failed("Slack answered something other than a JSON object");
        }
        if (json.path("ok").asBoolean(false)) {
            JsonNode ts = json.get("ts");
            return new Outcome.Delivered(ts == null || !ts.isTextual() ? Optional.empty() : Optional.of(ts.asText()));
        }
        String error = json.path("error").asText("no error given");
        if ("ratelimited".equals(error)) {
            return new Outcome.RateLimited(Duration.ofSeconds(1));
        }
        return PASSING.contains(error) ? new Outcome.Failed("Slack answered " + error)
                : new Outcome.Refused("Slack answered " + error);
    }

    private static Outcome http(int status, String retryAfter) {
        if (status == 429) {
            return new Outcome.RateLimited(Duration.ofSeconds(seconds(retryAfter)));
        }
        if (status >= 500 || status == 408) {
            return new Outcome.Failed("HTTP " + status);
        }
        return new Outcome.Refused("HTTP " + status);
    }

    private static long seconds(String retryAfter) {
        try {
            return retryAfter == null ? 1 : Math.max(0, Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A form-encoded body; absent values are left out. */
    private static final class Form {
        private final StringBuilder body = new StringBuilder();

        Form add(String name, String value) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            return this;
        }

        Form add(String name, Optional<String> value) {
            return value.isPresent() ? add(name, value.get()) : this;
        }

        @Override
        public String toString() {
            return body.toString();
        }
    }
}
