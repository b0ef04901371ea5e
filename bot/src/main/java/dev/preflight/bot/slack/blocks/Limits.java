package dev.preflight.bot.slack.blocks;

/** Slack's Block Kit limits that shape how a checklist is split into messages. */
final class Limits {
    static final int BLOCKS_PER_MESSAGE = 50;
    static final int TEXT = 3000;
    static final int HEADER_TEXT = 150;
    static final int OPTIONS_PER_CHECKBOXES = 10;
    static final int OPTION_TEXT = 75;
    static final int BUTTON_TEXT = 75;
    static final int CONTEXT_ELEMENTS = 10;
    /** The notification text of a message; Slack truncates {@code text} above 40,000 characters. */
    static final int MESSAGE_TEXT = 40_000;

    private Limits() {
    }
}
