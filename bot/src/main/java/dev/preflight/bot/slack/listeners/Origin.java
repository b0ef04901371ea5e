package dev.preflight.bot.slack.listeners;

import java.util.Optional;

/**
 * Where a request came from, so that its replies go back there: the channel, the thread (the root's ts) when
 * it came from one, the user, the slash command's {@code response_url} when it was one, and whether the click
 * speaks for itself ({@code quiet}: the updated message shows what happened, so nothing more is said).
 */
record Origin(String channel, Optional<String> thread, String user, Optional<String> responseUrl, boolean quiet) {

    static Origin command(String channel, String user, String responseUrl) {
        return new Origin(channel, Optional.empty(), user, Optional.ofNullable(responseUrl), false);
    }

    static Origin thread(String channel, Optional<String> thread, String user, boolean quiet) {
        return new Origin(channel, thread, user, Optional.empty(), quiet);
    }
}
