package dev.preflight.bot.slack.blocks;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Origin;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderTask;
import dev.preflight.commands.reminder.ReminderText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.preflight.bot.slack.blocks.SectionMessage.context;
import static dev.preflight.bot.slack.blocks.SectionMessage.markdown;
import static dev.preflight.bot.slack.blocks.SectionMessage.plain;

/**
 * A maintenance reminder in Slack: its title, its tasks as checkboxes (ten to a group, Slack's limit) with who
 * ticked each and when below them, and a last line saying what is left, who finished it, or why it was skipped.
 * Its nudges are plain messages for its thread.
 */
public final class ReminderMessages {

    /** Checkbox groups that fit in one message with their notes, the header, the late notice and the last line. */
    static final int MAX_GROUPS = (Limits.BLOCKS_PER_MESSAGE - 3) / 2;

    private ReminderMessages() {
    }

    /**
     * The reminder's message as it stands. {@code version} (letters and digits) goes into the checkbox groups'
     * block ids: a new one on every update makes Slack clients show the recorded ticks, not their own.
     */
    public static Draft message(Reminder r, String version) {
        String title = ReminderText.title(r);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain(Mrkdwn.shorten(title, Limits.HEADER_TEXT))).build());
        if (r.origin() == Origin.CAUGHT_UP) {
            blocks.add(context(List.of("Posted late: Preflight was not running when this fell due.")));
        }
        List<ReminderTask> tasks = r.tasks();
        int shown = Math.min(tasks.size(), MAX_GROUPS * Limits.OPTIONS_PER_CHECKBOXES);
        for (int i = 0; i < shown; i += Limits.OPTIONS_PER_CHECKBOXES) {
            group(r, tasks.subList(i, Math.min(shown, i + Limits.OPTIONS_PER_CHECKBOXES)), version, blocks);
        }
        String overflow = shown == tasks.size() ? ""
                : "\nTasks " + tasks.get(shown).number() + " to " + tasks.get(tasks.size() - 1).number()
                + " do not fit in this message; tick them with `remind done " + r.id() + " <task numbers>`.";
        String status = Mrkdwn.shorten(status(r), Limits.TEXT - overflow.length()) + overflow;
        blocks.add(SectionBlock.builder().text(markdown(status)).build());
        String text = Mrkdwn.shorten(Mrkdwn.escape(title) + ": " + summary(r), Limits.MESSAGE_TEXT);
        return new Draft(Optional.of(MessageKeys.reminder(r.id())), text, blocks);
    }

    /**
     * The nudge for the reminder's thread: what is still open, after a mention of {@code holders} (the user ids
     * holding the nudge's escalation role; none: the role is named instead).
     */
    public static List<Draft> nudge(Reminder r, Nudge nudge, Set<String> holders) {
        String mention = nudge.mention().map(role -> holders.isEmpty() ? "@" + role
                : holders.stream().sorted().map(Mrkdwn::user).collect(Collectors.joining(" "))).map(m -> m + " ")
                .orElse("");
        String open = r.openTasks().stream().map(t -> "• " + t.number() + ". " + t.text())
                .collect(Collectors.joining("\n"));
        return PlainMessages.of(mention + "*" + ReminderText.title(r) + "* is still open: " + left(r)
                + ". Tick them in the message above when they are done.\n" + open);
    }

    private static void group(Reminder r, List<ReminderTask> tasks, String version, List<LayoutBlock> blocks) {
        List<OptionObject> options = new ArrayList<>();
        List<OptionObject> ticked = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ReminderTask task : tasks) {
            String full = "*" + task.number() + ".* " + Mrkdwn.escape(task.text());
            String label = Mrkdwn.shorten(full, Limits.OPTION_TEXT);
            OptionObject option = OptionObject.builder().text(markdown(label)).value(Integer.toString(task.number()))
                    .build();
            options.add(option);
            if (task.isDone()) {
                ticked.add(option);
            }
            note(r, task, full, !label.equals(full)).ifPresent(notes::add);
        }
        String blockId = BlockIds.tasks(r.id(), tasks.get(0).number(), tasks.get(tasks.size() - 1).number(), version);
        CheckboxesElement checkboxes = CheckboxesElement.builder().actionId(BlockIds.REMIND_ACTION).options(options)
                .initialOptions(ticked.isEmpty() ? null : ticked).build();
        blocks.add(ActionsBlock.builder().blockId(blockId).elements(List.of(checkboxes)).build());
        List<String> chunks = TextChunks.join(notes, Limits.TEXT);
        if (chunks.size() > Limits.CONTEXT_ELEMENTS) {
            chunks = new ArrayList<>(chunks.subList(0, Limits.CONTEXT_ELEMENTS));
            String last = chunks.get(chunks.size() - 1);
            chunks.set(chunks.size() - 1, Mrkdwn.shorten(last, Limits.TEXT - 2) + " " + Mrkdwn.ELLIPSIS);
        }
        if (!chunks.isEmpty()) {
            blocks.add(context(chunks));
        }
    }

    /** Who ticked the task when, and its whole text when the label had to shorten it; empty when there is nothing to add. */
    private static Optional<String> note(Reminder r, ReminderTask task, String full, boolean shortened) {
        if (task.done().isEmpty() && !shortened) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(task.isDone() ? "✅ " : "⬜ ");
        line.append(shortened ? full : "*" + task.number() + ".*");
        task.done().ifPresent(d -> line.append(shortened ? " — " : " ").append(Mrkdwn.user(d.user())).append(", ")
                .append(ReminderText.when(d.at(), r.zone())));
        return Optional.of(line.toString());
    }

    private static String status(Reminder r) {
        if (r.skip().isPresent()) {
            Reminder.Skip skip = r.skip().get();
            return "Skipped by " + Mrkdwn.user(skip.user()) + " (" + ReminderText.when(skip.at(), r.zone()) + "): "
                    + Mrkdwn.escape(skip.reason());
        }
        if (r.isDone()) {
            return "All done by " + names(r.doneBy()) + ", "
                    + ReminderText.when(r.completedAt().orElseThrow(), r.zone()) + ".";
        }
        return "*" + left(r) + ".* Tick each one here when it is done.";
    }

    private static String summary(Reminder r) {
        return r.isSkipped() ? "skipped" : r.isDone() ? "all done" : left(r);
    }

    private static String left(Reminder r) {
        return r.openTasks().size() + " of " + r.tasks().size() + " tasks left";
    }

    /** "<@U1>", "<@U1> and <@U2>", "<@U1>, <@U2> and <@U3>". */
    private static String names(List<String> users) {
        List<String> mentions = users.stream().map(Mrkdwn::user).toList();
        if (mentions.size() <= 1) {
            return String.join("", mentions);
        }
        return String.join(", ", mentions.subList(0, mentions.size() - 1)) + " and " + mentions.get(mentions.size() - 1);
    }
}
