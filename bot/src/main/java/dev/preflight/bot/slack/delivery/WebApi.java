package dev.preflight.bot.slack.delivery;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.webhook.WebhookResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Makes the one Web API call a letter asks for, and says what came of it. Never throws. */
final class WebApi {

    /** Errors Slack answers with {@code ok: false} that pass by themselves, or once an installer fixes the app. */
    private static final Set<String> PASSING = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "invalid_auth", "not_authed", "account_inactive", "token_revoked",
            "token_expired", "team_access_not_granted");

    private final Slack slack;
    private final MethodsClient methods;

    WebApi(Slack slack, String botToken) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
    }

    /** Delivers {@code out}; {@code refs} gives the ts of a message the bot posted before, by its key. */
    Outcome deliver(Outgoing out, Optional<String> messageKey, Function<String, Optional<String>> refs) {
        try {
            return switch (out.kind()) {
                case POST -> post(out, refs);
                case UPDATE -> update(out, messageKey, refs);
                case EPHEMERAL -> answer(methods.chatPostEphemeral(r -> r.channel(out.channel())
                        .user(out.user().orElseThrow()).text(out.text()).threadTs(out.threadTs().orElse(null))
                        .blocksAsString(out.blocks().orElse(null))), Optional.empty());
                case RESPOND -> respond(out);
            };
        } catch (SlackApiException e) {
            return http(e.getResponse().code(), e.getResponse().header("Retry-After"));
        } catch (IOException | RuntimeException e) {
            return new Outcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Outcome post(Outgoing out, Function<String, Optional<String>> refs)
            throws IOException, SlackApiException {
        Optional<String> thread = out.threadTs();
        if (out.threadOf().isPresent()) {
            thread = refs.apply(out.threadOf().get());
            if (thread.isEmpty()) {
                return new Outcome.Refused("the thread's root message " + out.threadOf().get() + " was never posted");
            }
        }
        String threadTs = thread.orElse(null);
        ChatPostMessageResponse response = methods.chatPostMessage(r -> r.channel(out.channel()).text(out.text())
                .blocksAsString(out.blocks().orElse(null)).threadTs(threadTs).unfurlLinks(false).unfurlMedia(false));
        return answer(response, Optional.ofNullable(response.getTs()));
    }

    private Outcome update(Outgoing out, Optional<String> messageKey, Function<String, Optional<String>> refs)
            throws IOException, SlackApiException {
        Optional<String> ts = messageKey.flatMap(refs);
        if (ts.isEmpty()) {
            return new Outcome.Refused("the message " + messageKey.orElse("(none)") + " was never posted");
        }
        return answer(methods.chatUpdate(r -> r.channel(out.channel()).ts(ts.get()).text(out.text())
                .blocksAsString(out.blocks().orElse(null))), Optional.empty());
    }

    private Outcome respond(Outgoing out) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("response_type", "ephemeral");
        body.addProperty("text", out.text());
        WebhookResponse response = slack.send(out.responseUrl().orElseThrow(), body.toString());
        if (response.getCode() == 200) {
            return new Outcome.Delivered(Optional.empty());
        }
        List<String> retryAfter = response.getHeaders() == null ? null : response.getHeaders().get("retry-after");
        return http(response.getCode(), retryAfter == null || retryAfter.isEmpty() ? null : retryAfter.get(0));
    }

    private static Outcome answer(SlackApiTextResponse response, Optional<String> ts) {
        if (response.isOk()) {
            return new Outcome.Delivered(ts);
        }
        String error = response.getError();
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
}
