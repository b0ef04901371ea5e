package dev.preflight.bot.slack.listeners;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;

import java.util.Optional;

/** What every click on one of the bot's thread messages says about where it happened. */
final class Clicks {

    private Clicks() {
    }

    /** The thread the clicked message is in (its root's ts). */
    static Optional<String> thread(BlockActionPayload p) {
        if (p.getContainer() != null && p.getContainer().getThreadTs() != null) {
            return Optional.of(p.getContainer().getThreadTs());
        }
        if (p.getMessage() != null && p.getMessage().getThreadTs() != null) {
            return Optional.of(p.getMessage().getThreadTs());
        }
        return Optional.empty();
    }
}
