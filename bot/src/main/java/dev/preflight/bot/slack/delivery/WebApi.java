package dev.preflight.bot.slack.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the one Web API call a letter asks for, and says what came of it. Never throws. Calls go out as Slack
 * documents them (a form-encoded POST to {@code <api url><method>} with the bot token as bearer, blocks as a
 * JSON string), on OkHttp (the client Bolt's own Web API client uses), which keeps connections open between
 * calls; an answer is read for {@code ok}, {@code error} and {@code ts} only, which is all delivery needs.
 */
final class WebApi {

    /** Errors Slack answers with {@code ok: false} that pass by themselves, or once an installer fixes the app. */
    private static final Set<String> PASSING = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "invalid_auth", "not_authed", "account_inactive", "token_revoked",
            "token_expired", "team_access_not_granted");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded; charset=utf-8");
    private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final String apiUrl;
    private final String authorization;

    /** {@code apiUrl} ends with a slash, e.g. {@code https://slack.com/api/}. */
    WebApi(String apiUrl, String botToken, Duration timeout) {
        this.http = new OkHttpClient.Builder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout)
                .writeTimeout(timeout).build();
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        this.authorization = "Bearer " + botToken;
    }

    /** Delivers {@code out}; {@code refs} gives the ts of a message the bot posted before, by its key. */
    Outcome deliver(Outgoing out, Optional<String> messageKey, Function<String, Optional<String>> refs) {
        try {
            return switch (out.kind()) {
                case POST -> post(out, refs);
                case UPDATE -> update(out, messageKey, refs);
                case PUBLISH, REFRESH -> new Outcome.Refused(out.kind() + " is rendered before it is sent");
                case EPHEMERAL -> call("chat.postEphemeral", new Form().add("channel", out.channel())
                        .add("user", out.user().orElseThrow()).add("text", out.text())
                        .add("thread_ts", out.threadTs()).add("blocks", out.blocks()));
                case RESPOND -> respond(out);
            };
        } catch (IOException | RuntimeException e) {
            return new Outcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Outcome post(Outgoing out, Function<String, Optional<String>> refs)
            throws IOException {
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
            throws IOException {
        Optional<String> ts = messageKey.flatMap(refs);
        if (ts.isEmpty()) {
            return new Outcome.Refused("the message " + messageKey.orElse("(none)") + " was never posted");
        }
        return call("chat.update", new Form().add("channel", out.channel()).add("ts", ts.get())
                .add("text", out.text()).add("blocks", out.blocks()));
    }

    private Outcome call(String method, Form form) throws IOException {
        Request request = new Request.Builder().url(apiUrl + method).header("Authorization", authorization)
                .post(RequestBody.create(form.toString(), FORM)).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                return http(response.code(), response.header("Retry-After"));
            }
            ResponseBody body = response.body();
            return answer(body == null ? "" : body.string());
        }
    }

    private Outcome respond(Outgoing out) throws IOException {
        String body = JSON.createObjectNode().put("response_type", "ephemeral").put("text", out.text()).toString();
        Request request = new Request.Builder().url(out.responseUrl().orElseThrow())
                .post(RequestBody.create(body, JSON_BODY)).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 200) {
                return new Outcome.Delivered(Optional.empty());
            }
            return http(response.code(), response.header("Retry-After"));
        }
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

    /**
     * A form-encoded body; absent values are left out. Built here rather than with OkHttp's {@code FormBody},
     * whose canonicalizing of every value was 8% of the bot's CPU when the SDK's client sent through it.
     */
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
