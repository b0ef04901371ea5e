package dev.preflight.bot.slack;

import dev.preflight.bot.config.SettingsException;

/** A Slack setting is missing or malformed; the message is one line naming the setting and what it needs. */
public class SlackSettingsException extends SettingsException {
    public SlackSettingsException(String message) {
        super(message);
    }
}
