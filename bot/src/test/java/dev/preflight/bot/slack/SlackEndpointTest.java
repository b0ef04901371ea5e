package dev.preflight.bot.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.preflight.bot.slack.fake.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The HTTP endpoint")
class SlackEndpointTest {

    /** Slack's documented example request (docs: "Verifying requests from Slack"). */
    static final String EXAMPLE_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
            + "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String EXAMPLE_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    @TempDir
    Path dir;

    SlackFixture fx;

    @BeforeEach
    void start() {
        fx = SlackFixture.start(dir);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private String form(String text) {
        return SlackRequests.form(Map.of("token", "legacy", "team_id", "T0FAKE", "channel_id", SlackFixture.CHANNEL,
                "user_id", "UALICE", "command", "/deploy", "text", text, "response_url", fx.slack.responseUrl(),
                "trigger_id", "t-" + text.hashCode()));
    }

    @Nested
    @DisplayName("verifies every request")
    class Verification {

        @Test
        void slacksDocumentedSignatureExamplePasses() {
            RequestSignature check = new RequestSignature("8f742231b10e8888abcd99yyyzzz85a5",
                    Clock.fixed(Instant.ofEpochSecond(1531420618 + 30), ZoneOffset.UTC));

            assertThat(check.verify("1531420618", EXAMPLE_SIGNATURE, EXAMPLE_BODY.getBytes(StandardCharsets.UTF_8)))
                    .isTrue();
            assertThat(SlackRequests.signature("8f742231b10e8888abcd99yyyzzz85a5", 1531420618, EXAMPLE_BODY))
                    .as("the tests' signer agrees").isEqualTo(EXAMPLE_SIGNATURE);
        }

        @Test
        void theDocumentedExampleFailsWhenAByteChangesOrItIsOld() {
            byte[] body = EXAMPLE_BODY.replace("roadrunner", "roadrunnex").getBytes(StandardCharsets.UTF_8);
            Instant sent = Instant.ofEpochSecond(1531420618);

            assertThat(new RequestSignature("8f742231b10e8888abcd99yyyzzz85a5", Clock.fixed(sent, ZoneOffset.UTC))
                    .verify("1531420618", EXAMPLE_SIGNATURE, body)).isFalse();
            assertThat(new RequestSignature("8f742231b10e8888abcd99yyyzzz85a5",
                    Clock.fixed(sent.plusSeconds(301), ZoneOffset.UTC))
                    .verify("1531420618", EXAMPLE_SIGNATURE, EXAMPLE_BODY.getBytes(StandardCharsets.UTF_8))).isFalse();
        }

        @Test
        void aBadSignatureIsRefusedWith401AndChangesNothing() {
            String body = form("start v1");
            long now = Instant.now().getEpochSecond();

            HttpResponse<String> response = fx.requests.send(body, "application/x-www-form-urlencoded", now,
                    SlackRequests.signature("another-secret-entirely", now, body), 0);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(fx.store.active(SlackFixture.CHANNEL)).isEmpty();
        }

        @Test
        void aStaleTimestampIsRefusedWith401EvenWhenSignedCorrectly() {
            String body = form("start v1");
            long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();

            HttpResponse<String> response = fx.requests.send(body, "application/x-www-form-urlencoded",
                    sixMinutesAgo, SlackRequests.signature(SlackFixture.SECRET, sixMinutesAgo, body), 0);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(fx.store.active(SlackFixture.CHANNEL)).isEmpty();
        }

        @Test
        void aSignatureOverABodyWithNonAsciiTextIsAccepted() {
            HttpResponse<String> response = fx.requests.send(form("start déploiement-🚀-日本"),
                    "application/x-www-form-urlencoded");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(fx.store.active(SlackFixture.CHANNEL)).singleElement()
                    .satisfies(d -> assertThat(d.name()).isEqualTo("déploiement-🚀-日本"));
        }
    }

    @Test
    void answersSlacksUrlVerificationChallenge() {
        HttpResponse<String> response = fx.requests.send(
                "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                        + "\"type\":\"url_verification\"}", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    @DisplayName("a click on an action that is not the bot's is left to Bolt, which knows no listener for it")
    void aClickOnSomeoneElsesActionIsLeftToBolt() {
        JsonObject payload = JsonParser.parseString("{\"type\":\"block_actions\",\"user\":{\"id\":\"UALICE\"},"
                + "\"channel\":{\"id\":\"" + SlackFixture.CHANNEL + "\"},\"actions\":[{\"action_id\":\"not-ours\","
                + "\"block_id\":\"b\",\"action_ts\":\"1.2\",\"type\":\"button\",\"value\":\"v\"}]}").getAsJsonObject();

        HttpResponse<String> response = fx.requests.interaction(payload);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(fx.store.active(SlackFixture.CHANNEL)).isEmpty();
    }

    @Test
    void anInteractionThatCannotBeReadIsRefusedWith400() {
        for (String body : List.of("payload=%7Bnot+json", "payload=%zz", "payload=%5B1%2C2%5D")) {
            HttpResponse<String> response = fx.requests.send(body, "application/x-www-form-urlencoded");

            assertThat(response.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(fx.store.active(SlackFixture.CHANNEL)).isEmpty();
    }

    @Test
    void acknowledgesASlashCommandWellWithinThreeSeconds() {
        long started = System.nanoTime();

        fx.slash("UALICE", "start v9");

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_500);
    }

    @Nested
    @DisplayName("GET /healthz")
    class Health {

        private HttpResponse<String> healthz() throws Exception {
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fx.port() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Test
        void isOkWhileTheDatabaseAnswers() throws Exception {
            assertThat(healthz().statusCode()).isEqualTo(200);
        }

        @Test
        void is503OnceTheDatabaseIsGone() throws Exception {
            fx.db().close();

            assertThat(healthz().statusCode()).isEqualTo(503);
        }
    }
}
