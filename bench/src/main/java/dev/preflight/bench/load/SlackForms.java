package dev.preflight.bench.load;

import dev.preflight.bench.seed.Fleet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Request bodies as Slack sends them to {@code /slack/events}: slash commands as form fields, interactions as
 * a {@code payload} form field holding JSON. Every body carries a fresh trigger id and action timestamp so
 * that no two requests look like retries of each other.
 */
final class SlackForms {

    private static final String TEAM = "T0BENCH01";
    private static final String APP = "A0BENCH01";
    private static final AtomicLong SERIAL = new AtomicLong();

    private final Fleet fleet;
    private final List<CheckboxBlocks.Block> blocks;
    private final String responseUrl;
    private final long blockVersion;

    SlackForms(Fleet fleet, List<CheckboxBlocks.Block> blocks, String responseUrl, long blockVersion) {
        this.fleet = fleet;
        this.blocks = List.copyOf(blocks);
        this.responseUrl = responseUrl;
        this.blockVersion = blockVersion;
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
        long n = SERIAL.incrementAndGet();
        return slashCommand(String.format("CSTART%04d", random.nextInt(1000)), user(random),
                "start bench-" + n + " --env staging");
    }

    private String slashCommand(String channel, String user, String text) {
        return "token=bench&team_id=" + TEAM + "&team_domain=bench&channel_id=" + channel
                + "&channel_name=bench&user_id=" + user + "&user_name=" + user.toLowerCase()
                + "&command=%2Fdeploy&text=" + encode(text) + "&api_app_id=" + APP
                + "&is_enterprise_install=false&response_url=" + encode(responseUrl + "/commands/" + SERIAL.incrementAndGet())
                + "&trigger_id=" + triggerId();
    }

    private String tick(RandomGenerator random) {
        long d = 1 + random.nextInt(fleet.active());
        CheckboxBlocks.Block block = blocks.get(random.nextInt(blocks.size()));
        int item = block.first() + random.nextInt(block.last() - block.first() + 1);
        String user = user(random);
        String channel = fleet.channelOf(d);
        String messageTs = fleet.threadOf(d).substring(0, 11) + String.format("%06d", block.first());
        String blockId = "pf:d" + d + ":i" + block.first() + "-" + block.last() + ":v" + blockVersion;
        String actionTs = actionTs();
        String payload = "{\"type\":\"block_actions\","
                + "\"user\":{\"id\":\"" + user + "\",\"username\":\"" + user.toLowerCase() + "\",\"name\":\""
                + user.toLowerCase() + "\",\"team_id\":\"" + TEAM + "\"},"
                + "\"api_app_id\":\"" + APP + "\",\"token\":\"bench\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"" + messageTs + "\",\"channel_id\":\""
                + channel + "\",\"is_ephemeral\":false,\"thread_ts\":\"" + fleet.threadOf(d) + "\"},"
                + "\"trigger_id\":\"" + triggerId() + "\","
                + "\"team\":{\"id\":\"" + TEAM + "\",\"domain\":\"bench\"},"
                + "\"enterprise\":null,\"is_enterprise_install\":false,"
                + "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"bench\"},"
                + "\"state\":{\"values\":{}},"
                + "\"response_url\":\"" + responseUrl + "/actions/" + SERIAL.incrementAndGet() + "\","
                + "\"actions\":[{\"type\":\"checkboxes\",\"action_id\":\"tick\",\"block_id\":\"" + blockId + "\","
                + "\"selected_options\":[{\"text\":{\"type\":\"mrkdwn\",\"text\":\"*" + item + ".* item " + item
                + "\",\"verbatim\":false},\"value\":\"" + item + "\"}],"
                + "\"action_ts\":\"" + actionTs + "\"}]}";
        return "payload=" + encode(payload);
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

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
