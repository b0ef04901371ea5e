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
    private static final Pattern DEPLOYMENT = Pattern.compile("deployment/(\\d+)/.+");
    private static final Pattern SECTION = Pattern.compile("deployment/\\d+/section/(\\d+)/part/(\\d+)");
    private static final Pattern SIGN_OFFS = Pattern.compile("deployment/\\d+/signoffs/part/(\\d+)");

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

    /** The deployment whose message {@code key} names, or empty when it names no deployment's message. */
    public static Optional<Long> deploymentOf(String key) {
        Matcher m = DEPLOYMENT.matcher(key);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** The section and part of a section message's key. */
    static Optional<SectionPart> sectionPart(String key) {
        Matcher m = SECTION.matcher(key);
        return m.matches() ? Optional.of(new SectionPart(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** The part of a sign-off message's key. */
    static Optional<Integer> signOffPart(String key) {
        Matcher m = SIGN_OFFS.matcher(key);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The deployment whose root message {@code key} names, or empty when it names another message. */
    public static Optional<Long> rootOf(String key) {
        Matcher m = ROOT.matcher(key);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** Which part of which section (both 0-based) a section message shows. */
    record SectionPart(int section, int part) {
    }
}
