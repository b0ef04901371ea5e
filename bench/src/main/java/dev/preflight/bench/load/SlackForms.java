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
 * bot's own rendering of the bundled checklist, every box shown unticked) and the one option now selected.
 * Every body has a fresh trigger id and action timestamp so that no two requests look like retries.
 */
final class SlackForms {

    private static final String TEAM = "T0BENCH01";
    private static final String APP = "A0BENCH01";
    private static final AtomicLong SERIAL = new AtomicLong();

    /** One checkbox block of one checklist message, with the message already URL-encoded. */
    private record Target(BundledThread.Checkboxes block, int messageIndex, String encodedMessage) {
    }

    private final Fleet fleet;
    private final List<Target> targets;
    private final String responseUrl;

    SlackForms(Fleet fleet, BundledThread thread, String responseUrl) {
        this.fleet = fleet;
        this.responseUrl = responseUrl;
        List<Target> all = new ArrayList<>();
        for (BundledThread.Message m : thread.checklist()) {
            String message = "{\"type\":\"message\",\"subtype\":\"bot_message\",\"text\":" + quote(m.text())
                    + ",\"ts\":\"TSX\",\"bot_id\":\"B0BOT0001\",\"app_id\":\"" + APP + "\",\"thread_ts\":\"ROOTX\","
                    + "\"parent_user_id\":\"U0BOT0001\",\"blocks\":" + m.blocksJson() + "}";
            String encoded = encode(message);
            m.checkboxes().forEach(b -> all.add(new Target(b, m.index(), encoded)));
        }
        this.targets = List.copyOf(all);
    }

    String body(Kind kind, RandomGenerator random) {
        return switch (kind) {
            case STATUS -> status(random);
            case TICK -> tick(random);
            case START -> start(random);
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

    private String tick(RandomGenerator random) {
        long d = 1 + random.nextInt(fleet.active());
        Target target = targets.get(random.nextInt(targets.size()));
        BundledThread.Checkboxes block = target.block();
        int item = block.first() + random.nextInt(block.last() - block.first() + 1);
        String user = user(random);
        String channel = fleet.channelOf(d);
        String root = fleet.threadOf(d);
        String messageTs = Fleet.messageOf(d, target.messageIndex());
        String blockId = BundledThread.forDeployment(block.blockId(), d);
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
                + "\"selected_options\":[{\"text\":{\"type\":\"mrkdwn\",\"text\":\"*" + item + ".*\","
                + "\"verbatim\":false},\"value\":\"" + item + "\"}],"
                + "\"action_ts\":\"" + actionTs() + "\"}]}";
        String message = BundledThread.forDeployment(target.encodedMessage(), d)
                .replace("TSX", messageTs).replace("ROOTX", root);
        return "payload=" + encode(head) + message + encode(tail);
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
