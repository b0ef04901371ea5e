package dev.preflight.bench.load;

import dev.preflight.bench.seed.BundledThread;
import dev.preflight.bench.seed.Fleet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Request bodies as Slack sends them to {@code /slack/events}: slash commands as form fields, interactions as
 * a {@code payload} form field holding JSON. A click carries, as Slack's do, the whole message clicked (the
 * bot's own rendering of the bundled checklist, every box shown unticked) and the one option now selected: an
 * item still open (see {@link OpenItems}); in a store where every item is closed, a click unticks one.
 * Every body has a fresh trigger id and action timestamp so that no two requests look like retries.
 */
final class SlackForms {

    private static final String TEAM = "T0BENCH01";
    private static final String APP = "A0BENCH01";
    private static final AtomicLong SERIAL = new AtomicLong();
    /** Random picks tried for an open item; past them (a store nearly all ticked) the last pick is unticked. */
    private static final int MOST_TRIES = 1000;

    /**
     * One checkbox block of one checklist message, with the message already URL-encoded as it shows with every
     * box unticked (for a tick) and with every box ticked (for an untick, with that rendering's block id).
     */
    private record Target(BundledThread.Checkboxes block, int messageIndex, String encodedMessage,
                          String tickedBlockId, String encodedTickedMessage) {
    }

    private final Fleet fleet;
    private final List<Target> targets;
    private final String responseUrl;
    private final OpenItems open;

    SlackForms(Fleet fleet, BundledThread thread, BundledThread ticked, String responseUrl, OpenItems open) {
        this.fleet = fleet;
        this.responseUrl = responseUrl;
        this.open = open;
        List<Target> all = new ArrayList<>();
        List<BundledThread.Message> plain = thread.checklist();
        List<BundledThread.Message> done = ticked.checklist();
        if (plain.size() != done.size()) {
            throw new IllegalArgumentException("the two renderings of the checklist differ in their messages");
        }
        for (int i = 0; i < plain.size(); i++) {
            BundledThread.Message m = plain.get(i);
            BundledThread.Message t = done.get(i);
            String encoded = encode(message(m));
            String encodedTicked = encode(message(t));
            for (int b = 0; b < m.checkboxes().size(); b++) {
                BundledThread.Checkboxes box = m.checkboxes().get(b);
                BundledThread.Checkboxes tickedBox = t.checkboxes().get(b);
                if (box.first() != tickedBox.first() || box.last() != tickedBox.last()) {
                    throw new IllegalArgumentException("the two renderings of the checklist differ in their blocks");
                }
                all.add(new Target(box, m.index(), encoded, tickedBox.blockId(), encodedTicked));
            }
        }
        this.targets = List.copyOf(all);
    }

    private static String message(BundledThread.Message m) {
        return "{\"type\":\"message\",\"subtype\":\"bot_message\",\"text\":" + quote(m.text())
                + ",\"ts\":\"TSX\",\"bot_id\":\"B0BOT0001\",\"app_id\":\"" + APP + "\",\"thread_ts\":\"ROOTX\","
                + "\"parent_user_id\":\"U0BOT0001\",\"blocks\":" + m.blocksJson() + "}";
    }

    /** A request's body, and what to do once the server has answered it. */
    record Request(String body, Runnable answered) {
        static Request of(String body) {
            return new Request(body, () -> { });
        }
    }

    String body(Kind kind, RandomGenerator random) {
        return next(kind, random).body();
    }

    Request next(Kind kind, RandomGenerator random) {
        return switch (kind) {
            case STATUS -> Request.of(status(random));
            case TICK -> tick(random);
            case START -> Request.of(start(random));
        };
    }

    private String status(RandomGenerator random) {
        long d = 1 + random.nextInt(fleet.active());
        return slashCommand(fleet.channelOf(d), user(random), "#" + d + " status");
    }

    private String start(RandomGenerator random) {
        return slashCommand(String.format("CSTART%04d", random.nextInt(1000)), user(random),
                "start bench-" + SERIAL.incrementAndGet() + " --env staging");
    }

    private String slashCommand(String channel, String user, String text) {
        return "token=bench&team_id=" + TEAM + "&team_domain=bench&channel_id=" + channel
                + "&channel_name=bench&user_id=" + user + "&user_name=" + user.toLowerCase()
                + "&command=%2Fdeploy&text=" + encode(text) + "&api_app_id=" + APP
                + "&is_enterprise_install=false&response_url="
                + encode(responseUrl + "/commands/" + SERIAL.incrementAndGet()) + "&trigger_id=" + triggerId();
    }

    /**
     * A click on a checkbox of an item still open, which ticks it. When none is found (a small store whose
     * items are all closed), a click that unticks the last item picked: on a message showing every box ticked,
     * every box of the block stays selected but that one; the item can be ticked again once the server has
     * answered (not before: a tick overtaking the untick would be refused). Either way, every click changes the
     * deployment.
     */
    private Request tick(RandomGenerator random) {
        long d;
        Target target;
        int item;
        boolean opened;
        int tries = 0;
        do {
            d = 1 + random.nextInt(fleet.active());
            target = targets.get(random.nextInt(targets.size()));
            BundledThread.Checkboxes block = target.block();
            item = block.first() + random.nextInt(block.last() - block.first() + 1);
            opened = open.claim(d, item);
        } while (!opened && ++tries < MOST_TRIES);
        BundledThread.Checkboxes block = target.block();
        StringBuilder selected = new StringBuilder();
        for (int option = block.first(); option <= block.last(); option++) {
            if (opened ? option == item : option != item) {
                selected.append(selected.length() == 0 ? "" : ",").append("{\"text\":{\"type\":\"mrkdwn\",\"text\":\"*")
                        .append(option).append(".*\",\"verbatim\":false},\"value\":\"").append(option).append("\"}");
            }
        }
        String user = user(random);
        String channel = fleet.channelOf(d);
        String root = fleet.threadOf(d);
        String messageTs = Fleet.messageOf(d, target.messageIndex());
        String blockId = BundledThread.forDeployment(opened ? block.blockId() : target.tickedBlockId(), d);
        String head = "{\"type\":\"block_actions\","
                + "\"user\":{\"id\":\"" + user + "\",\"username\":\"" + user.toLowerCase() + "\",\"name\":\""
                + user.toLowerCase() + "\",\"team_id\":\"" + TEAM + "\"},"
                + "\"api_app_id\":\"" + APP + "\",\"token\":\"bench\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"" + messageTs + "\",\"channel_id\":\""
                + channel + "\",\"is_ephemeral\":false,\"thread_ts\":\"" + root + "\"},"
                + "\"trigger_id\":\"" + triggerId() + "\","
                + "\"team\":{\"id\":\"" + TEAM + "\",\"domain\":\"bench\"},"
                + "\"enterprise\":null,\"is_enterprise_install\":false,"
                + "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"bench\"},"
                + "\"message\":";
        String tail = ",\"state\":{\"values\":{}},"
                + "\"response_url\":\"" + responseUrl + "/actions/" + SERIAL.incrementAndGet() + "\","
                + "\"actions\":[{\"type\":\"checkboxes\",\"action_id\":\"tick\",\"block_id\":\"" + blockId + "\","
                + "\"selected_options\":[" + selected + "],"
                + "\"action_ts\":\"" + actionTs() + "\"}]}";
        String message = BundledThread.forDeployment(opened ? target.encodedMessage() : target.encodedTickedMessage(), d)
                .replace("TSX", messageTs).replace("ROOTX", root);
        String body = "payload=" + encode(head) + message + encode(tail);
        long deployment = d;
        int unticked = item;
        return opened ? Request.of(body) : new Request(body, () -> open.reopen(deployment, unticked));
    }

    private static String user(RandomGenerator random) {
        return String.format("U0BENCH%03d", random.nextInt(50));
    }

    private static String triggerId() {
        long n = SERIAL.incrementAndGet();
        return n + ".4744562912." + Long.toHexString(n * 0x9E3779B97F4A7C15L);
    }

    private static String actionTs() {
        long micros = System.currentTimeMillis() * 1000 + SERIAL.incrementAndGet() % 1000;
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
