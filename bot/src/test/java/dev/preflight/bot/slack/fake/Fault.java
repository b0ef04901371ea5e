package dev.preflight.bot.slack.fake;

/** How the fake misbehaves when told to: Slack's rate limit, a server error, or a request that never answers. */
public sealed interface Fault {

    record RateLimited(int retryAfterSeconds) implements Fault {
    }

    record ServerError(int status) implements Fault {
    }

    /** Holds the request until the fake recovers (or 10 s pass), then answers 500; the message is not kept. */
    record Hang() implements Fault {
    }
}
