package dev.preflight.bench.load;

/** The requests the load generator can send, as a user would cause them in Slack. */
enum Kind {
    /** {@code /deploy #12 status}, a slash command. */
    STATUS,
    /** A click on one checkbox of a deployment's checklist message, a {@code block_actions} interaction. */
    TICK,
    /** {@code /deploy start <name>}, a slash command in a channel of its own. */
    START
}
