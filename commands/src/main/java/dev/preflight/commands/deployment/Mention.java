package dev.preflight.commands.deployment;

/**
 * How a user appears in replies: {@code <@U123>}. Slack and Discord render it as the person's name; the console
 * shows it as {@code @U123}.
 */
public final class Mention {

    private Mention() {
    }

    public static String of(String userId) {
        return "<@" + userId + ">";
    }
}
