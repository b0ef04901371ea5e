package dev.preflight.bot.slack.blocks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids the bot gives the interactive blocks of its messages, and reads back from clicks. A checkboxes
 * block says which deployment and which items it holds ({@code pf:d42:i12-21:v7}); a sign-off block which
 * deployment ({@code pf:d42:r0:v7}); a reminder's checkboxes block which reminder and which tasks it holds
 * ({@code pf:r7:t1-10:vk2x9}, action {@link #REMIND_ACTION}). The version (a deployment's sequence, a reminder's
 * moment of rendering) changes the id on every update, so that Slack clients show the new state rather than a
 * stale local one.
 */
public final class BlockIds {

    /** The action id of every checklist checkboxes element. */
    public static final String TICK_ACTION = "tick";
    /** The action id of every sign-off button; its value is the role's slug. */
    public static final String SIGN_OFF_ACTION = "signoff";
    /** The action id of every maintenance reminder's checkboxes element; each option's value is a task number. */
    public static final String REMIND_ACTION = "remind-tick";

    private static final Pattern ITEMS = Pattern.compile("pf:d(\\d+):i(\\d+)-(\\d+):v\\d+");
    private static final Pattern ROLE = Pattern.compile("pf:d(\\d+):r\\d+:v\\d+");
    private static final Pattern TASKS = Pattern.compile("pf:r(\\d+):t(\\d+)-(\\d+):v[0-9a-z]+");

    private BlockIds() {
    }

    static String items(long deployment, int first, int last, long version) {
        return "pf:d" + deployment + ":i" + first + "-" + last + ":v" + version;
    }

    static String role(long deployment, int index, long version) {
        return "pf:d" + deployment + ":r" + index + ":v" + version;
    }

    static String tasks(long reminder, int first, int last, String version) {
        return "pf:r" + reminder + ":t" + first + "-" + last + ":v" + version;
    }

    /** The deployment and item numbers of a checkboxes block, or empty for any other block id. */
    public static Optional<ItemRange> itemRange(String blockId) {
        Matcher m = ITEMS.matcher(blockId == null ? "" : blockId);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ItemRange(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
    }

    /** The deployment of a sign-off block, or empty for any other block id. */
    public static Optional<Long> signOffDeployment(String blockId) {
        Matcher m = ROLE.matcher(blockId == null ? "" : blockId);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** The reminder and task numbers of a reminder's checkboxes block, or empty for any other block id. */
    public static Optional<TaskRange> taskRange(String blockId) {
        Matcher m = TASKS.matcher(blockId == null ? "" : blockId);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new TaskRange(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
    }

    /** Items {@code first..last} of deployment {@code deployment}. */
    public record ItemRange(long deployment, int first, int last) {
        public boolean contains(int item) {
            return item >= first && item <= last;
        }
    }

    /** Tasks {@code first..last} of maintenance reminder {@code reminder}. */
    public record TaskRange(long reminder, int first, int last) {
        public boolean contains(int task) {
            return task >= first && task <= last;
        }
    }
}
