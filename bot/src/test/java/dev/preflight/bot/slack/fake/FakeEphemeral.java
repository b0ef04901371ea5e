package dev.preflight.bot.slack.fake;

import java.util.Optional;

/** A message shown to one user only: by {@code chat.postEphemeral}, or as the answer to a slash command. */
public record FakeEphemeral(String channel, String user, Optional<String> threadTs, String text) {
}
