package dev.preflight.bot.slack.rollback;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.preflight.bot.slack.fake.FakeMessage;
import dev.preflight.bot.slack.fake.FakeSlack;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Payloads as Slack builds them when someone presses a button in one of the bot's messages, or mentions the bot. */
final class Payloads {

    private static final AtomicLong CLOCK = new AtomicLong(1_800_000_000_000_000L);

    private Payloads() {
    }

    /** The button of {@code message} whose value ends with {@code command}, with its block's id. */
    static Optional<JsonObject> button(FakeMessage message, String command) {
        for (JsonElement e : message.blocks()) {
            JsonObject block = e.getAsJsonObject();
            if (!"actions".equals(block.get("type").getAsString())) {
                continue;
            }
            for (JsonElement b : block.getAsJsonArray("elements")) {
                JsonObject button = b.getAsJsonObject();
                if (button.get("value").getAsString().endsWith(" " + command)) {
                    JsonObject found = button.deepCopy();
                    found.addProperty("block_id", block.get("block_id").getAsString());
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code user} presses the button of {@code command} in {@code message}, as it shows now. */
    static JsonObject press(String user, FakeMessage message, String command) {
        JsonObject button = button(message, command)
                .orElseThrow(() -> new AssertionError("no button for " + command + " in " + message.blocks()));
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", button.get("action_id").getAsString());
        action.addProperty("block_id", button.get("block_id").getAsString());
        action.addProperty("value", button.get("value").getAsString());
        action.add("text", button.get("text"));
        action.addProperty("action_ts", nextTs());
        JsonObject p = new JsonObject();
        p.addProperty("type", "block_actions");
        JsonObject u = new JsonObject();
        u.addProperty("id", user);
        u.addProperty("username", user.toLowerCase());
        u.addProperty("team_id", FakeSlack.TEAM);
        p.add("user", u);
        p.addProperty("api_app_id", "APREFLIGHT");
        p.addProperty("token", "legacy");
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", message.ts());
        container.addProperty("channel_id", message.channel());
        container.addProperty("is_ephemeral", false);
        message.threadTs().ifPresent(t -> container.addProperty("thread_ts", t));
        p.add("container", container);
        p.addProperty("trigger_id", "trigger-" + nextTs());
        JsonObject team = new JsonObject();
        team.addProperty("id", FakeSlack.TEAM);
        team.addProperty("domain", "fake");
        p.add("team", team);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", message.channel());
        channel.addProperty("name", "deploys");
        p.add("channel", channel);
        JsonObject m = new JsonObject();
        m.addProperty("type", "message");
        m.addProperty("ts", message.ts());
        message.threadTs().ifPresent(t -> m.addProperty("thread_ts", t));
        m.addProperty("text", message.text());
        m.add("blocks", message.blocks());
        p.add("message", m);
        p.addProperty("response_url", "http://127.0.0.1:1/unused");
        JsonArray actions = new JsonArray();
        actions.add(action);
        p.add("actions", actions);
        return p;
    }

    /** An {@code app_mention} event envelope: {@code <@BOT> text} typed in the thread of {@code threadTs}. */
    static JsonObject mention(String eventId, String user, String channel, String threadTs, String text) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("user", user);
        event.addProperty("text", "<@" + FakeSlack.BOT_USER + "> " + text);
        String ts = nextTs();
        event.addProperty("ts", ts);
        event.addProperty("channel", channel);
        event.addProperty("thread_ts", threadTs);
        event.addProperty("event_ts", ts);
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "legacy");
        envelope.addProperty("team_id", FakeSlack.TEAM);
        envelope.addProperty("api_app_id", "APREFLIGHT");
        envelope.add("event", event);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", eventId);
        envelope.addProperty("event_time", 1_800_000_000);
        return envelope;
    }

    private static String nextTs() {
        long micros = CLOCK.incrementAndGet();
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }
}
