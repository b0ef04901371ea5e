package dev.preflight.bot.slack.blocks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys of the messages a deployment owns in Slack, under which the outbox remembers each message's {@code ts}:
 * {@code deployment/42/root}, {@code deployment/42/section/3/part/0}, {@code deployment/42/signoffs/part/0};
 * and of a maintenance reminder's message, {@code reminder:7}.
 */
public final class MessageKeys {

    private static final Pattern ROOT = Pattern.compile("deployment/(\\d+)/root");

    private MessageKeys() {
    }

    public static String root(long deployment) {
        return "deployment/" + deployment + "/root";
    }

    static String section(long deployment, int section, int part) {
        return "deployment/" + deployment + "/section/" + section + "/part/" + part;
    }

    static String signOffs(long deployment, int part) {
        return "deployment/" + deployment + "/signoffs/part/" + part;
    }

    /** The message of maintenance reminder {@code reminder}; its nudges go into this message's thread. */
    public static String reminder(long reminder) {
        return "reminder:" + reminder;
    }

    /** The deployment whose root message {@code key} names, or empty when it names another message. */
    public static Optional<Long> rootOf(String key) {
        Matcher m = ROOT.matcher(key);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
