package dev.preflight.bot.slack.interaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link Click} from the body of an interaction request ({@code payload=<JSON>}, form-encoded). Only the
 * fields the bot acts on are read, from a Jackson tree: Slack sends the whole clicked message along, and binding
 * all of it to a typed model costs more than everything else the bot does for a click.
 */
public final class ClickReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAYLOAD = "payload=";

    private ClickReader() {
    }

    /** The click in {@code body}, or empty when it is no {@code block_actions} interaction with a user and channel. */
    public static Optional<Click> read(String body) {
        Optional<byte[]> payload = payload(body);
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload.get());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !"block_actions".equals(text(root, "type"))) {
            return Optional.empty();
        }
        String user = text(root.path("user"), "id");
        String channel = text(root.path("channel"), "id");
        JsonNode message = root.path("message");
        JsonNode container = root.path("container");
        if (user == null || user.isBlank() || channel == null || channel.isBlank()) {
            return Optional.empty();
        }
        Optional<String> thread = Optional.ofNullable(text(container, "thread_ts"))
                .or(() -> Optional.ofNullable(text(message, "thread_ts")));
        String messageTs = Optional.ofNullable(text(container, "message_ts"))
                .or(() -> Optional.ofNullable(text(message, "ts"))).orElse("");
        return Optional.of(new Click(user, channel, thread, messageTs, actions(root.path("actions")), shown(message)));
    }

    private static List<Click.Action> actions(JsonNode actions) {
        List<Click.Action> read = new ArrayList<>();
        for (JsonNode a : actions) {
            String actionId = text(a, "action_id");
            if (actionId == null) {
                continue;
            }
            read.add(new Click.Action(actionId, Optional.ofNullable(text(a, "block_id")).orElse(""),
                    Optional.ofNullable(text(a, "action_ts")).orElse(""), Optional.ofNullable(text(a, "value")),
                    values(a.path("selected_options"))));
        }
        return read;
    }

    /** For each actions block of the message, the values of its checkboxes' initial options. */
    private static Map<String, Set<String>> shown(JsonNode message) {
        Map<String, Set<String>> shown = new HashMap<>();
        for (JsonNode block : message.path("blocks")) {
            String blockId = text(block, "block_id");
            if (blockId == null || !"actions".equals(text(block, "type"))) {
                continue;
            }
            for (JsonNode element : block.path("elements")) {
                if ("checkboxes".equals(text(element, "type"))) {
                    shown.computeIfAbsent(blockId, k -> new LinkedHashSet<>())
                            .addAll(values(element.path("initial_options")));
                }
            }
        }
        shown.replaceAll((blockId, values) -> Set.copyOf(values));
        return shown;
    }

    private static List<String> values(JsonNode options) {
        List<String> values = new ArrayList<>();
        for (JsonNode option : options) {
            String value = text(option, "value");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /**
     * The {@code payload} field of the form, percent-decoded to its UTF-8 bytes. Decoded here rather than with
     * {@link URLDecoder}, which builds strings piece by piece: for the ~20 KB of a click it cost more than
     * reading the JSON.
     */
    private static Optional<byte[]> payload(String body) {
        int field = body.startsWith(PAYLOAD) ? 0 : body.indexOf("&" + PAYLOAD);
        if (field < 0) {
            return Optional.empty();
        }
        int start = body.indexOf('=', field) + 1;
        int end = body.indexOf('&', start);
        return percentDecoded(body, start, end < 0 ? body.length() : end);
    }

    private static Optional<byte[]> percentDecoded(String s, int from, int to) {
        byte[] out = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out[n++] = ' ';
            } else if (c == '%') {
                int hi = i + 2 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(s.charAt(i + 2), 16);
                if (lo < 0) {
                    return Optional.empty();
                }
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else {
                // Slack encodes every byte above ASCII; a body that does not is decoded the slow, lenient way.
                return Optional.of(URLDecoder.decode(s.substring(from, to), StandardCharsets.UTF_8)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return Optional.of(Arrays.copyOf(out, n));
    }
}
