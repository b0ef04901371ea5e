package dev.preflight.bot.slack;

/** A Slack setting is missing or malformed; the message is one line naming the setting and what it needs. */
public class SlackSettingsException extends RuntimeException {
    public SlackSettingsException(String message) {
        super(message);
    }
}
