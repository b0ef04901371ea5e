package dev.preflight.bot.slack.interaction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Reading a click from an interaction request")
class ClickReaderTest {

    private static final String CHECKBOX_CLICK = """
            {"type":"block_actions","team":{"id":"T1"},"user":{"id":"UALICE","username":"alice"},
             "container":{"type":"message","message_ts":"1700000000.000200","channel_id":"C1",
                          "thread_ts":"1700000000.000100"},
             "channel":{"id":"C1","name":"deploys"},
             "message":{"type":"message","ts":"1700000000.000200","thread_ts":"1700000000.000100","blocks":[
               {"type":"section","block_id":"head","text":{"type":"mrkdwn","text":"*Pre-deployment* ✅"}},
               {"type":"actions","block_id":"tick:7:1-10","elements":[{"type":"checkboxes","action_id":"tick",
                 "options":[{"text":{"type":"mrkdwn","text":"1"},"value":"1"},{"text":{"type":"mrkdwn","text":"2"},"value":"2"}],
                 "initial_options":[{"text":{"type":"mrkdwn","text":"2"},"value":"2"}]}]},
               {"type":"actions","block_id":"tick:7:11-12","elements":[{"type":"checkboxes","action_id":"tick",
                 "options":[{"text":{"type":"mrkdwn","text":"11"},"value":"11"}]}]}]},
             "actions":[{"type":"checkboxes","action_id":"tick","block_id":"tick:7:1-10",
               "selected_options":[{"text":{"type":"mrkdwn","text":"1"},"value":"1"},{"text":{"type":"mrkdwn","text":"2"},"value":"2"}],
               "action_ts":"1700000001.000300"}]}
            """;

    private static String form(String json) {
        return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    @Test
    void readsWhoClickedWhereAndWhatTheMessageShowed() {
        Click click = ClickReader.read(form(CHECKBOX_CLICK)).orElseThrow();

        assertThat(click.user()).isEqualTo("UALICE");
        assertThat(click.channel()).isEqualTo("C1");
        assertThat(click.thread()).contains("1700000000.000100");
        assertThat(click.messageTs()).isEqualTo("1700000000.000200");
        assertThat(click.actions()).containsExactly(new Click.Action("tick", "tick:7:1-10", "1700000001.000300",
                Optional.empty(), List.of("1", "2")));
        assertThat(click.shownIn("tick:7:1-10")).containsExactly("2");
        assertThat(click.shownIn("tick:7:11-12")).isEmpty();
        assertThat(click.shownIn("head")).isEmpty();
    }

    @Test
    void readsAButtonsValueAndFindsThePayloadAmongOtherFields() {
        String button = """
                {"type":"block_actions","user":{"id":"UBOB"},"channel":{"id":"C2"},
                 "message":{"ts":"5.0"},
                 "actions":[{"type":"button","action_id":"signoff","block_id":"signoff:3","value":"qa-lead",
                             "action_ts":"6.0"}]}
                """;

        Click click = ClickReader.read("token=legacy&" + form(button) + "&x=1").orElseThrow();

        assertThat(click.thread()).isEmpty();
        assertThat(click.messageTs()).isEqualTo("5.0");
        assertThat(click.actions()).singleElement()
                .satisfies(a -> assertThat(a.value()).contains("qa-lead"))
                .satisfies(a -> assertThat(a.selected()).isEmpty());
    }

    @Test
    void decodesTextBeyondAsciiWhetherOrNotSlackPercentEncodedIt() {
        String json = "{\"type\":\"block_actions\",\"user\":{\"id\":\"UÉLOÏSE\"},\"channel\":{\"id\":\"C1\"},"
                + "\"actions\":[{\"action_id\":\"signoff\",\"block_id\":\"b\",\"action_ts\":\"1.0\","
                + "\"value\":\"déploiement 🚀 日本 a+b\"}]}";

        Optional<Click> encoded = ClickReader.read(form(json));
        Optional<Click> raw = ClickReader.read("payload=" + json.replace("+", "%2B").replace(" ", "+"));

        for (Optional<Click> click : List.of(encoded, raw)) {
            assertThat(click).get().satisfies(c -> assertThat(c.user()).isEqualTo("UÉLOÏSE"))
                    .satisfies(c -> assertThat(c.actions().get(0).value()).contains("déploiement 🚀 日本 a+b"));
        }
    }

    @Test
    @DisplayName("anything but a block_actions click with a user and a channel is not a click")
    void anythingElseIsNoClick() {
        assertThat(ClickReader.read("command=%2Fdeploy&text=status")).isEmpty();
        assertThat(ClickReader.read(form("{\"type\":\"view_submission\",\"user\":{\"id\":\"U\"},"
                + "\"channel\":{\"id\":\"C\"}}"))).isEmpty();
        assertThat(ClickReader.read(form("{\"type\":\"block_actions\",\"channel\":{\"id\":\"C\"}}"))).isEmpty();
        assertThat(ClickReader.read(form("{\"type\":\"block_actions\",\"user\":{\"id\":\"U\"}}"))).isEmpty();
        assertThat(ClickReader.read(form("{not json"))).isEmpty();
        assertThat(ClickReader.read(form("[1,2]"))).isEmpty();
        assertThat(ClickReader.read("payload=%zz")).isEmpty();
        assertThat(ClickReader.read("payload=%7")).isEmpty();
        assertThat(ClickReader.read("payload=%FF%FE")).isEmpty();
        assertThat(ClickReader.read("")).isEmpty();
    }
}
