package dev.preflight.bot.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/** What the fake Slack holds: every channel's messages as they are now, ephemeral messages, and mistakes seen. */
public final class FakeWorkspace {

    private final Map<String, FakeMessage> messages = new LinkedHashMap<>();
    private final List<FakeEphemeral> ephemerals = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private final Set<String> notIn = new HashSet<>();
    private int failures;
    private int next;

    synchronized JsonObject post(WireForm form, Optional<JsonArray> blocks) {
        String channel = form.get("channel").orElse("");
        Optional<String> thread = form.get("thread_ts");
        if (channel.isEmpty()) {
            return FakeSlack.error("channel_not_found");
        }
        if (notIn.contains(channel)) {
            return FakeSlack.error("not_in_channel");
        }
        if (thread.isPresent()) {
            FakeMessage parent = messages.get(channel + "/" + thread.get());
            if (parent == null) {
                violation("chat.postMessage: thread_ts " + thread.get() + " is no message of " + channel);
                return FakeSlack.error("thread_not_found");
            }
            if (parent.threadTs().isPresent()) {
                violation("chat.postMessage: thread_ts " + thread.get() + " is a reply, not a thread's root");
            }
        }
        next++;
        String ts = String.format("%d.%06d", 1_800_000_000L + next, next);
        FakeMessage message = new FakeMessage(channel, ts, thread, form.get("text").orElse(""),
                blocks.orElse(new JsonArray()), 0);
        messages.put(channel + "/" + ts, message);
        delivered.add("post " + channel + " " + message.text());
        JsonObject ok = ok();
        ok.addProperty("channel", channel);
        ok.addProperty("ts", ts);
        return ok;
    }

    synchronized JsonObject update(WireForm form, Optional<JsonArray> blocks) {
        String key = form.get("channel").orElse("") + "/" + form.get("ts").orElse("");
        FakeMessage message = messages.get(key);
        if (message == null) {
            return FakeSlack.error("message_not_found");
        }
        messages.put(key, message.updated(form.get("text").orElse(message.text()), blocks.orElse(new JsonArray())));
        delivered.add("update " + key);
        JsonObject ok = ok();
        ok.addProperty("channel", message.channel());
        ok.addProperty("ts", message.ts());
        return ok;
    }

    synchronized JsonObject ephemeral(WireForm form, Optional<JsonArray> blocks) {
        if (form.get("user").isEmpty() || form.get("channel").isEmpty()) {
            return FakeSlack.error("user_not_in_channel");
        }
        ephemerals.add(new FakeEphemeral(form.get("channel").get(), form.get("user").get(), form.get("thread_ts"),
                form.get("text").orElse("") + blocks.map(JsonArray::toString).orElse("")));
        delivered.add("ephemeral " + form.get("text").orElse(""));
        JsonObject ok = ok();
        ok.addProperty("message_ts", "1800000000.000000");
        return ok;
    }

    synchronized void responded(String path, JsonObject body) {
        ephemerals.add(new FakeEphemeral(path, "(response_url)", Optional.empty(),
                body.has("text") ? body.get("text").getAsString() : body.toString()));
        delivered.add("respond " + body);
    }

    /** The bot is not a member of {@code channel}: posts there answer {@code not_in_channel}. */
    public synchronized void leave(String channel) {
        notIn.add(channel);
    }

    synchronized void violation(String what) {
        violations.add(what);
    }

    synchronized void failed() {
        failures++;
    }

    /** The top-level messages of {@code channel}, oldest first. */
    public synchronized List<FakeMessage> channel(String channel) {
        return messages.values().stream().filter(m -> m.channel().equals(channel) && m.threadTs().isEmpty()).toList();
    }

    /** The replies in the thread of {@code rootTs}, oldest first. */
    public synchronized List<FakeMessage> thread(String channel, String rootTs) {
        return messages.values().stream()
                .filter(m -> m.channel().equals(channel) && m.threadTs().filter(rootTs::equals).isPresent()).toList();
    }

    public synchronized List<FakeMessage> all() {
        return List.copyOf(messages.values());
    }

    public synchronized List<FakeEphemeral> ephemerals() {
        return List.copyOf(ephemerals);
    }

    /** Block Kit limits broken and threading mistakes, as seen on every request. */
    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** Every call that succeeded, in the order the fake took them: "post C1 text", "update C1/ts", ... */
    public synchronized List<String> delivered() {
        return List.copyOf(delivered);
    }

    /** How many calls were answered with a fault. */
    public synchronized int failures() {
        return failures;
    }

    private static JsonObject ok() {
        JsonObject o = new JsonObject();
        o.addProperty("ok", true);
        return o;
    }
}
