package dev.preflight.bot.slack.listeners;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;

/** What the bot does when someone clicks one of its messages: acts on the actions of {@code p} that are its own. */
interface Click {

    void click(BlockActionPayload p);
}
