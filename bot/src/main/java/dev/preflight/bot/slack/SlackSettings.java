package dev.preflight.bot.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

/**
 * What the Slack app needs to run: the bot token ({@code SLACK_BOT_TOKEN}, {@code xoxb-…}), the signing secret
 * ({@code SLACK_SIGNING_SECRET}), the Web API's base URL ({@code SLACK_API_URL}, by default Slack's own) and the
 * port to listen on ({@code PORT}, by default 3000; 0 picks a free one). {@link #toString} never shows a secret.
 */
public record SlackSettings(String botToken, String signingSecret, String apiUrl, int port, Delivery delivery) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    public static final int DEFAULT_PORT = 3000;

    public SlackSettings {
        if (botToken == null || !botToken.matches("xoxb-[A-Za-z0-9-]+")) {
            throw new SlackSettingsException("SLACK_BOT_TOKEN must be the app's bot token, starting with xoxb-");
        }
        if (signingSecret == null || !signingSecret.matches("[A-Za-z0-9]{8,}")) {
            throw new SlackSettingsException(
                    "SLACK_SIGNING_SECRET must be the app's signing secret (letters and digits, from Basic Information)");
        }
        apiUrl = apiUrl(apiUrl);
        if (port < 0 || port > 65_535) {
            throw new SlackSettingsException("PORT must be a number from 0 to 65535, not " + port);
        }
        if (delivery == null) {
            throw new IllegalArgumentException("delivery settings are required");
        }
    }

    /** Reads the settings from environment variables; throws {@link SlackSettingsException} naming what is wrong. */
    public static SlackSettings fromEnvironment(Map<String, String> env) {
        return new SlackSettings(required(env, "SLACK_BOT_TOKEN"), required(env, "SLACK_SIGNING_SECRET"),
                env.getOrDefault("SLACK_API_URL", DEFAULT_API_URL), port(env.get("PORT")), Delivery.DEFAULTS);
    }

    public SlackSettings withPort(int value) {
        return new SlackSettings(botToken, signingSecret, apiUrl, value, delivery);
    }

    public SlackSettings withDelivery(Delivery value) {
        return new SlackSettings(botToken, signingSecret, apiUrl, port, value);
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", port=" + port + ", botToken=xoxb-…, signingSecret=…]";
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new SlackSettingsException(name + " is not set");
        }
        return value.strip();
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new SlackSettingsException("PORT must be a number from 0 to 65535, not '" + value + "'");
        }
    }

    private static String apiUrl(String value) {
        String url = value == null || value.isBlank() ? DEFAULT_API_URL : value.strip();
        try {
            URI uri = new URI(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new SlackSettingsException("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_API_URL
                    + ", not '" + url + "'");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * How the outbox delivers: at most one message per {@code interval} per channel after a {@code burst},
     * retries after failures from {@code firstRetry} doubling up to {@code maxRetry}, Web API calls given up
     * after {@code callTimeout}, and how long a request from Slack waits for its work before it is acknowledged.
     */
    public record Delivery(Duration interval, int burst, Duration firstRetry, Duration maxRetry,
                           Duration callTimeout, Duration ackBudget) {

        public static final Delivery DEFAULTS = new Delivery(Duration.ofSeconds(1), 4, Duration.ofSeconds(1),
                Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofMillis(2_000));

        public Delivery {
            if (interval.isNegative() || burst < 1 || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0
                    || callTimeout.isNegative() || callTimeout.isZero() || ackBudget.isNegative()
                    || ackBudget.toMillis() > 2_500) {
                throw new IllegalArgumentException("delivery settings out of range");
            }
        }
    }
}
