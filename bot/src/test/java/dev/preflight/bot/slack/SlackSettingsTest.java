package dev.preflight.bot.slack;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Slack settings from the environment")
class SlackSettingsTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc",
                "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5"));
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                env.remove(pairs[i]);
            } else {
                env.put(pairs[i], pairs[i + 1]);
            }
        }
        return env;
    }

    @Test
    void defaultsToSlacksApiAndPort3000() {
        SlackSettings settings = SlackSettings.fromEnvironment(env());

        assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(settings.port()).isEqualTo(3000);
    }

    @Test
    void readsTheApiUrlAndPortAddingTheTrailingSlash() {
        SlackSettings settings = SlackSettings.fromEnvironment(env("SLACK_API_URL", "http://127.0.0.1:9999/api",
                "PORT", "0"));

        assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
        assertThat(settings.port()).isZero();
    }

    @Test
    void aMissingTokenIsNamedInOneLine() {
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(env("SLACK_BOT_TOKEN", null)))
                .isInstanceOf(SlackSettingsException.class).hasMessage("SLACK_BOT_TOKEN is not set");
    }

    @Test
    void aMissingSigningSecretIsNamed() {
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(env("SLACK_SIGNING_SECRET", " ")))
                .isInstanceOf(SlackSettingsException.class).hasMessage("SLACK_SIGNING_SECRET is not set");
    }

    @Test
    void aTokenOfTheWrongKindIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(env("SLACK_BOT_TOKEN", "xoxp-user-token-secret")))
                .isInstanceOf(SlackSettingsException.class)
                .hasMessageContaining("SLACK_BOT_TOKEN").hasMessageNotContaining("secret");
    }

    @Test
    void aMalformedPortOrUrlIsNamed() {
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(env("PORT", "eighty")))
                .isInstanceOf(SlackSettingsException.class).hasMessageStartingWith("PORT must be a number");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(env("PORT", "70000")))
                .isInstanceOf(SlackSettingsException.class).hasMessageStartingWith("PORT must be a number");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(env("SLACK_API_URL", "slack.com/api")))
                .isInstanceOf(SlackSettingsException.class).hasMessageStartingWith("SLACK_API_URL must be");
    }

    @Test
    void neverShowsTheSecretsWhenPrinted() {
        String printed = SlackSettings.fromEnvironment(env()).toString();

        assertThat(printed).doesNotContain("abc").doesNotContain("8f742231");
    }
}
