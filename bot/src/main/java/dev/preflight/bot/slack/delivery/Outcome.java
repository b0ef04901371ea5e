package dev.preflight.bot.slack.delivery;

import java.time.Duration;
import java.util.Optional;

/** What one attempt to deliver a letter came to. */
sealed interface Outcome {

    /** Slack took it; {@code ts} is the posted message's reference, for posts. */
    record Delivered(Optional<String> ts) implements Outcome {
    }

    /** Slack asked to wait (HTTP 429); the channel waits {@code retryAfter} before trying again. */
    record RateLimited(Duration retryAfter) implements Outcome {
    }

    /** Slack or the network failed; worth trying again later. */
    record Failed(String reason) implements Outcome {
    }

    /** Slack refused the letter for good (no such channel, message gone, blocks invalid). */
    record Refused(String reason) implements Outcome {
    }
}
