package dev.preflight.bot.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Payloads as Slack builds them when someone clicks in one of the bot's messages, or mentions the bot. */
public final class Interactions {

    private static final AtomicLong CLOCK = new AtomicLong(1_800_000_000_000_000L);

    private Interactions() {
    }

    /** The actions block of {@code message} whose checkboxes hold {@code item}. */
    public static Optional<JsonObject> checkboxBlock(FakeMessage message, int item) {
        for (JsonElement e : message.blocks()) {
            JsonObject block = e.getAsJsonObject();
            if (!"actions".equals(block.get("type").getAsString())) {
                continue;
            }
            JsonObject checkboxes = block.getAsJsonArray("elements").get(0).getAsJsonObject();
            for (JsonElement o : checkboxes.getAsJsonArray("options")) {
                if (o.getAsJsonObject().get("value").getAsString().equals(Integer.toString(item))) {
                    return Optional.of(block);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code message} shows {@code item} ticked. */
    public static boolean ticked(FakeMessage message, int item) {
        JsonObject checkboxes = checkboxBlock(message, item).orElseThrow().getAsJsonArray("elements").get(0)
                .getAsJsonObject();
        JsonArray initial = checkboxes.has("initial_options") ? checkboxes.getAsJsonArray("initial_options")
                : new JsonArray();
        for (JsonElement o : initial) {
            if (o.getAsJsonObject().get("value").getAsString().equals(Integer.toString(item))) {
                return true;
            }
        }
        return false;
    }

    /** {@code user} clicks the checkbox of {@code item} in {@code message} as it shows now. */
    public static JsonObject toggle(String user, FakeMessage message, int item) {
        JsonObject block = checkboxBlock(message, item).orElseThrow();
        JsonObject checkboxes = block.getAsJsonArray("elements").get(0).getAsJsonObject();
        JsonArray selected = new JsonArray();
        boolean wasTicked = ticked(message, item);
        for (JsonElement o : checkboxes.getAsJsonArray("options")) {
            String value = o.getAsJsonObject().get("value").getAsString();
            boolean on = value.equals(Integer.toString(item)) ? !wasTicked : isInitial(checkboxes, value);
            if (on) {
                JsonObject option = new JsonObject();
                option.add("text", o.getAsJsonObject().get("text"));
                option.addProperty("value", value);
                selected.add(option);
            }
        }
        JsonObject action = new JsonObject();
        action.addProperty("type", "checkboxes");
        action.addProperty("action_id", checkboxes.get("action_id").getAsString());
        action.addProperty("block_id", block.get("block_id").getAsString());
        action.add("selected_options", selected);
        action.addProperty("action_ts", nextTs());
        return payload(user, message, action);
    }

    /** {@code user} presses the sign-off button of {@code role} in {@code message}. */
    public static JsonObject press(String user, FakeMessage message, String role) {
        for (JsonElement e : message.blocks()) {
            JsonObject block = e.getAsJsonObject();
            JsonObject button = block.getAsJsonObject("accessory");
            if (button != null && button.get("value").getAsString().equals(role)) {
                return pressed(user, message, button, block.get("block_id").getAsString());
            }
        }
        throw new AssertionError("no sign-off button for " + role);
    }

    /** The button of {@code message} whose value ends with {@code command}, with its block's id. */
    public static Optional<JsonObject> button(FakeMessage message, String command) {
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

    /** {@code user} presses the button of {@code command} (a rollback step's) in {@code message}, as it shows now. */
    public static JsonObject pressCommand(String user, FakeMessage message, String command) {
        JsonObject button = button(message, command)
                .orElseThrow(() -> new AssertionError("no button for " + command + " in " + message.blocks()));
        return pressed(user, message, button, button.get("block_id").getAsString());
    }

    /** An {@code app_mention} event envelope: {@code <@BOT> text} typed in the thread of {@code threadTs}. */
    public static JsonObject mention(String eventId, String user, String channel, String threadTs, String text) {
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

    private static JsonObject payload(String user, FakeMessage message, JsonObject action) {
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

    private static JsonObject pressed(String user, FakeMessage message, JsonObject button, String blockId) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", button.get("action_id").getAsString());
        action.addProperty("block_id", blockId);
        action.addProperty("value", button.get("value").getAsString());
        action.add("text", button.get("text"));
        action.addProperty("action_ts", nextTs());
        return payload(user, message, action);
    }

    private static boolean isInitial(JsonObject checkboxes, String value) {
        if (!checkboxes.has("initial_options")) {
            return false;
        }
        for (JsonElement o : checkboxes.getAsJsonArray("initial_options")) {
            if (o.getAsJsonObject().get("value").getAsString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String nextTs() {
        long micros = CLOCK.incrementAndGet();
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }
}
