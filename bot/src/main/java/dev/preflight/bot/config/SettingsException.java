package dev.preflight.bot.config;

/** A setting is missing or malformed; the message is one line naming it and what to write instead. */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
