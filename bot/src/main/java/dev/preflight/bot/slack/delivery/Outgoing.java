package dev.preflight.bot.slack.delivery;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.Optional;

/**
 * What a letter asks of Slack, as the outbox keeps it (a JSON payload): post a message (in a thread whose root
 * is given by its ts, or by the key of a message the bot posted before), update a message the bot posted,
 * publish or refresh a message the bot keeps up to date (its text and blocks are rendered as it stands when the
 * letter is sent, see {@link Courier.Current} and {@link #rendered}), show an ephemeral message to one user, or
 * answer a slash command through its {@code response_url}. A post
 * may carry the {@code response_url} of the command that caused it, to tell its typist when Slack refuses it.
 */
public record Outgoing(Kind kind, String channel, String text, Optional<String> blocks, Optional<String> threadTs,
                       Optional<String> threadOf, Optional<String> user, Optional<String> responseUrl) {

    public enum Kind {
        POST, UPDATE, PUBLISH, REFRESH, EPHEMERAL, RESPOND
    }

    public Outgoing {
        if (kind == Kind.EPHEMERAL && user.isEmpty() || kind == Kind.RESPOND && responseUrl.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs " + (kind == Kind.EPHEMERAL ? "a user" : "a URL"));
        }
    }

    public static Outgoing post(String channel, String text, Optional<String> blocks) {
        return new Outgoing(Kind.POST, channel, text, blocks, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public Outgoing inThread(Optional<String> ts) {
        return new Outgoing(kind, channel, text, blocks, ts, threadOf, user, responseUrl);
    }

    /** This post, telling the typist of a slash command through {@code url} if Slack refuses it. */
    public Outgoing reportingTo(Optional<String> url) {
        return new Outgoing(kind, channel, text, blocks, threadTs, threadOf, user, url);
    }

    public Outgoing inThreadOf(String messageKey) {
        return new Outgoing(kind, channel, text, blocks, threadTs, Optional.of(messageKey), user, responseUrl);
    }

    public static Outgoing update(String channel, String text, Optional<String> blocks) {
        return new Outgoing(Kind.UPDATE, channel, text, blocks, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Posts the letter's message as it stands at the moment this is sent. */
    public static Outgoing publish(String channel) {
        return new Outgoing(Kind.PUBLISH, channel, "", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Shows, in the letter's message, what it should show at the moment this is sent. */
    public static Outgoing refresh(String channel) {
        return new Outgoing(Kind.REFRESH, channel, "", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public static Outgoing ephemeral(String channel, String user, String text, Optional<String> threadTs) {
        return new Outgoing(Kind.EPHEMERAL, channel, text, Optional.empty(), threadTs, Optional.empty(),
                Optional.of(user), Optional.empty());
    }

    public static Outgoing respond(String channel, String responseUrl, String text) {
        return new Outgoing(Kind.RESPOND, channel, text, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(responseUrl));
    }

    /** Whether the text and blocks are rendered when the letter is sent ({@link Kind#PUBLISH}, {@link Kind#REFRESH}). */
    public boolean renderedWhenSent() {
        return kind == Kind.PUBLISH || kind == Kind.REFRESH;
    }

    /** This publish or refresh with the text and blocks of {@code now}: the post or the update to send. */
    public Outgoing rendered(Outgoing now) {
        if (!renderedWhenSent()) {
            throw new IllegalStateException(kind + " is not rendered when sent");
        }
        return new Outgoing(kind == Kind.PUBLISH ? Kind.POST : Kind.UPDATE, channel, now.text(), now.blocks(),
                threadTs, threadOf, user, responseUrl);
    }

    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("kind", kind.name());
        json.addProperty("channel", channel);
        json.addProperty("text", text);
        blocks.ifPresent(v -> json.addProperty("blocks", v));
        threadTs.ifPresent(v -> json.addProperty("thread_ts", v));
        threadOf.ifPresent(v -> json.addProperty("thread_of", v));
        user.ifPresent(v -> json.addProperty("user", v));
        responseUrl.ifPresent(v -> json.addProperty("response_url", v));
        return json.toString();
    }

    public static Outgoing fromJson(String payload) {
        JsonObject json = JsonParser.parseString(payload).getAsJsonObject();
        return new Outgoing(Kind.valueOf(json.get("kind").getAsString()), json.get("channel").getAsString(),
                json.get("text").getAsString(), field(json, "blocks"), field(json, "thread_ts"),
                field(json, "thread_of"), field(json, "user"), field(json, "response_url"));
    }

    private static Optional<String> field(JsonObject json, String name) {
        return json.has(name) ? Optional.of(json.get(name).getAsString()) : Optional.empty();
    }
}
