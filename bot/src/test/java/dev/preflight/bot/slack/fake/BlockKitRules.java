package dev.preflight.bot.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slack's documented Block Kit limits, checked on a message's JSON independently of how the bot builds it:
 * counts of blocks, elements and options, lengths of texts, labels and ids, uniqueness of ids.
 */
public final class BlockKitRules {

    private BlockKitRules() {
    }

    /** What is wrong with a message of {@code text} and {@code blocks}; empty when it is fine. */
    public static List<String> check(String text, JsonArray blocks) {
        List<String> wrong = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            wrong.add("message text is empty");
        } else if (text.length() > 40_000) {
            wrong.add("message text has " + text.length() + " characters (Slack truncates above 40,000)");
        }
        if (blocks == null) {
            return wrong;
        }
        if (blocks.size() > 50) {
            wrong.add(blocks.size() + " blocks in one message (max 50)");
        }
        Set<String> blockIds = new HashSet<>();
        for (JsonElement element : blocks) {
            JsonObject block = element.getAsJsonObject();
            String type = string(block, "type");
            String where = type + " block";
            if (block.has("block_id")) {
                String id = string(block, "block_id");
                length(wrong, where + " block_id", id, 1, 255);
                if (!blockIds.add(id)) {
                    wrong.add("block_id " + id + " used twice");
                }
            }
            switch (type) {
                case "header" -> text(wrong, where, block.getAsJsonObject("text"), 150, true);
                case "section" -> section(wrong, block);
                case "context" -> {
                    JsonArray elements = block.getAsJsonArray("elements");
                    count(wrong, where + " elements", elements, 1, 10);
                    elements.forEach(e -> text(wrong, where + " element", e.getAsJsonObject(), 3000, false));
                }
                case "actions" -> {
                    JsonArray elements = block.getAsJsonArray("elements");
                    count(wrong, where + " elements", elements, 1, 25);
                    Set<String> actionIds = new HashSet<>();
                    elements.forEach(e -> element(wrong, e.getAsJsonObject(), actionIds));
                }
                case "divider" -> { }
                default -> wrong.add("unexpected block type " + type);
            }
        }
        return wrong;
    }

    private static void section(List<String> wrong, JsonObject block) {
        if (!block.has("text") && !block.has("fields")) {
            wrong.add("section block without text or fields");
        }
        if (block.has("text")) {
            text(wrong, "section block", block.getAsJsonObject("text"), 3000, false);
        }
        if (block.has("fields")) {
            JsonArray fields = block.getAsJsonArray("fields");
            count(wrong, "section fields", fields, 1, 10);
            fields.forEach(f -> text(wrong, "section field", f.getAsJsonObject(), 2000, false));
        }
        if (block.has("accessory")) {
            element(wrong, block.getAsJsonObject("accessory"), new HashSet<>());
        }
    }

    private static void element(List<String> wrong, JsonObject element, Set<String> actionIds) {
        String type = string(element, "type");
        String actionId = string(element, "action_id");
        length(wrong, type + " action_id", actionId, 1, 255);
        if (actionId != null && !actionIds.add(actionId)) {
            wrong.add("action_id " + actionId + " used twice in one block");
        }
        switch (type) {
            case "button" -> {
                text(wrong, "button", element.getAsJsonObject("text"), 75, true);
                if (element.has("value")) {
                    length(wrong, "button value", string(element, "value"), 1, 2000);
                }
            }
            case "checkboxes" -> {
                JsonArray options = element.getAsJsonArray("options");
                count(wrong, "checkboxes options", options, 1, 10);
                Set<String> values = new HashSet<>();
                for (JsonElement o : options) {
                    JsonObject option = o.getAsJsonObject();
                    text(wrong, "option", option.getAsJsonObject("text"), 75, false);
                    length(wrong, "option value", string(option, "value"), 1, 150);
                    if (!values.add(string(option, "value"))) {
                        wrong.add("option value " + string(option, "value") + " used twice");
                    }
                    if (option.has("description")) {
                        text(wrong, "option description", option.getAsJsonObject("description"), 75, false);
                    }
                }
                if (element.has("initial_options")) {
                    JsonArray initial = element.getAsJsonArray("initial_options");
                    count(wrong, "initial options", initial, 1, 10);
                    initial.forEach(i -> {
                        if (!options.contains(i)) {
                            wrong.add("an initial option is not exactly one of the options: " + i);
                        }
                    });
                }
            }
            default -> wrong.add("unexpected element type " + type);
        }
    }

    private static void text(List<String> wrong, String where, JsonObject text, int max, boolean plainOnly) {
        if (text == null) {
            wrong.add(where + " has no text object");
            return;
        }
        String type = string(text, "type");
        if (!"plain_text".equals(type) && !("mrkdwn".equals(type) && !plainOnly)) {
            wrong.add(where + " text has type " + type);
        }
        length(wrong, where + " text", string(text, "text"), 1, max);
        if (string(text, "text") != null && string(text, "text").isBlank()) {
            wrong.add(where + " text is blank");
        }
    }

    private static void count(List<String> wrong, String what, JsonArray array, int min, int max) {
        int n = array == null ? 0 : array.size();
        if (n < min || n > max) {
            wrong.add(what + ": " + n + " (allowed " + min + ".." + max + ")");
        }
    }

    private static void length(List<String> wrong, String what, String value, int min, int max) {
        int n = value == null ? 0 : value.length();
        if (n < min || n > max) {
            wrong.add(what + " has " + n + " characters (allowed " + min + ".." + max + "): "
                    + (value == null ? "(missing)" : value.substring(0, Math.min(80, value.length()))));
        }
    }

    private static String string(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : null;
    }
}
