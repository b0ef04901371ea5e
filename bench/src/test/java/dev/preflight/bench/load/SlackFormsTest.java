package dev.preflight.bench.load;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.app_backend.SlackSignature;
import dev.preflight.bench.seed.BundledThread;
import dev.preflight.bench.seed.Fleet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Requests from the load generator are ones Bolt accepts as Slack's")
class SlackFormsTest {

    private static final String SECRET = "benchsigningsecret0000";
    private static final Fleet FLEET = new Fleet(1000, 10);
    private static SlackForms forms;

    @BeforeAll
    static void render() {
        forms = new SlackForms(FLEET, BundledThread.render(), BundledThread.renderAllTicked(),
                "http://127.0.0.1:1/respond", OpenItems.unknown());
    }

    @Test
    void aStatusIsASignedSlashCommandNamingAnActiveDeploymentInItsChannel() {
        SlashCommandRequest request = (SlashCommandRequest) parse(forms.body(Kind.STATUS, new SplittableRandom(1)));

        String text = request.getPayload().getText();
        assertThat(text).matches("#\\d+ status");
        long id = Long.parseLong(text.substring(1, text.indexOf(' ')));
        assertThat(request.getPayload().getCommand()).isEqualTo("/deploy");
        assertThat(request.getPayload().getChannelId()).isEqualTo(FLEET.channelOf(id));
    }

    @Test
    void aTickIsOneCheckboxSelectedInABlockOfTheClickedMessage() {
        for (long seed = 0; seed < 50; seed++) {
            BlockActionRequest request = (BlockActionRequest) parse(forms.body(Kind.TICK, new SplittableRandom(seed)));
            BlockActionPayload p = request.getPayload();
            BlockActionPayload.Action action = p.getActions().get(0);

            assertThat(action.getType()).as("seed %d", seed).isEqualTo("checkboxes");
            assertThat(action.getActionId()).isEqualTo("tick");
            assertThat(action.getSelectedOptions()).hasSize(1);
            long deployment = Long.parseLong(action.getBlockId().replaceAll("pf:d(\\d+):.*", "$1"));
            assertThat(p.getChannel().getId()).isEqualTo(FLEET.channelOf(deployment));
            assertThat(p.getContainer().getThreadTs()).isEqualTo(FLEET.threadOf(deployment));
            assertThat(p.getContainer().getMessageTs()).isEqualTo(p.getMessage().getTs());
            int item = Integer.parseInt(action.getSelectedOptions().get(0).getValue());
            List<String> blockIds = p.getMessage().getBlocks().stream()
                    .filter(b -> b instanceof ActionsBlock).map(b -> ((ActionsBlock) b).getBlockId()).toList();
            assertThat(blockIds).contains(action.getBlockId());
            String[] range = action.getBlockId().replaceAll(".*:i(\\d+)-(\\d+):.*", "$1 $2").split(" ");
            assertThat(item).isBetween(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
        }
    }

    @Test
    void aRunNeverClicksOneItemTwice() {
        SlackForms two = new SlackForms(new Fleet(2, 10), BundledThread.render(), BundledThread.renderAllTicked(),
                "http://127.0.0.1:1/respond", OpenItems.unknown());
        SplittableRandom random = new SplittableRandom(7);
        Set<String> clicked = new HashSet<>();

        for (int i = 0; i < 300; i++) {
            BlockActionPayload.Action action = ((BlockActionRequest) parse(two.body(Kind.TICK, random)))
                    .getPayload().getActions().get(0);
            String deployment = action.getBlockId().replaceAll("pf:d(\\d+):.*", "$1");
            assertThat(clicked.add(deployment + "/" + action.getSelectedOptions().get(0).getValue()))
                    .as("click %d", i).isTrue();
        }
    }

    @Test
    void whenEveryItemIsClosedAClickUnticksOne() {
        OpenItems open = OpenItems.unknown();
        for (int item = 1; item <= 181; item++) {
            open.claim(1, item);
        }
        SlackForms one = new SlackForms(new Fleet(1, 10), BundledThread.render(), BundledThread.renderAllTicked(),
                "http://127.0.0.1:1/respond", open);

        SlackForms.Request click = one.next(Kind.TICK, new SplittableRandom(5));
        BlockActionPayload p = ((BlockActionRequest) parse(click.body())).getPayload();

        BlockActionPayload.Action action = p.getActions().get(0);
        ActionsBlock clicked = p.getMessage().getBlocks().stream().filter(b -> b instanceof ActionsBlock)
                .map(b -> (ActionsBlock) b).filter(b -> b.getBlockId().equals(action.getBlockId())).findFirst()
                .orElseThrow();
        List<String> shown = ((CheckboxesElement) clicked.getElements().get(0)).getInitialOptions().stream()
                .map(o -> o.getValue()).toList();
        List<String> selected = action.getSelectedOptions().stream().map(o -> o.getValue()).toList();
        assertThat(shown).as("every box of the block shown ticked").hasSizeGreaterThan(1);
        assertThat(shown).containsAll(selected);
        assertThat(shown).hasSize(selected.size() + 1);
        String unticked = shown.stream().filter(v -> !selected.contains(v)).findFirst().orElseThrow();
        assertThat(open.claim(1, Integer.parseInt(unticked))).as("not open before the answer").isFalse();
        click.answered().run();
        assertThat(open.claim(1, Integer.parseInt(unticked))).as("open again once unticked").isTrue();
    }

    @Test
    void itemsClosedInTheServersStoreAreLeftAlone(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("server.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE events (deployment_id BIGINT, sequence BIGINT, type VARCHAR(40), payload TEXT)");
            s.execute("INSERT INTO events VALUES (1, 2, 'ticked', '{\"item\":5}'), (1, 3, 'ticked', '{\"item\":6}'),"
                    + " (1, 4, 'unticked', '{\"item\":6}'), (1, 5, 'marked_not_applicable', '{\"item\":7}'),"
                    + " (2, 2, 'ticked', '{\"item\":8}'), (3, 2, 'ticked', '{\"item\":9}')");
        }

        OpenItems open = OpenItems.in(db, 2);

        assertThat(open.claim(1, 5)).as("ticked").isFalse();
        assertThat(open.claim(1, 6)).as("ticked, then unticked").isTrue();
        assertThat(open.claim(1, 7)).as("N/A").isFalse();
        assertThat(open.claim(2, 8)).isFalse();
        assertThat(open.claim(3, 9)).as("not an active deployment of the run").isTrue();
        assertThat(open.claim(1, 8)).isTrue();
        assertThat(open.claim(1, 8)).as("claimed once").isFalse();
    }

    @Test
    void aStartOpensADeploymentInAChannelOfItsOwn() {
        SlashCommandRequest request = (SlashCommandRequest) parse(forms.body(Kind.START, new SplittableRandom(3)));

        assertThat(request.getPayload().getText()).startsWith("start bench-");
        assertThat(request.getPayload().getChannelId()).startsWith("CSTART");
    }

    private static Request<?> parse(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long timestamp = System.currentTimeMillis() / 1000;
        String signature = new Signer(SECRET).sign(timestamp, bytes);
        assertThat(new SlackSignature.Verifier(new SlackSignature.Generator(SECRET))
                .isValid(Long.toString(timestamp), body, signature)).isTrue();
        Map<String, List<String>> headers = Map.of(
                "Content-Type", List.of("application/x-www-form-urlencoded"),
                "X-Slack-Request-Timestamp", List.of(Long.toString(timestamp)),
                "X-Slack-Signature", List.of(signature));
        Request<?> request = new SlackRequestParser(AppConfig.builder().signingSecret(SECRET).build())
                .parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events").queryString(Map.of())
                        .headers(new RequestHeaders(headers)).requestBody(body).remoteAddress("127.0.0.1").build());
        assertThat(request).isNotNull();
        assertThat(request.getRequestType()).isIn(RequestType.Command, RequestType.BlockAction);
        return request;
    }
}
