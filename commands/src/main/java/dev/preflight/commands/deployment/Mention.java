package dev.preflight.commands.deployment;

/**
 * How a user appears in replies: {@code <@U123>}. Slack and Discord render it as the person's name; the console
 * shows it as {@code @U123}.
 */
public final class Mention {

    /** The actor of the events Preflight records by itself, such as the link to a checklist thread. */
    public static final String PREFLIGHT = "preflight";

    private Mention() {
    }

    public static String of(String userId) {
        return PREFLIGHT.equals(userId) ? "Preflight" : "<@" + userId + ">";
    }
}
