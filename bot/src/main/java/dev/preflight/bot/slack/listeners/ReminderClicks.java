package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.blocks.BlockIds;
import dev.preflight.bot.slack.interaction.Click;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Reply;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A click on a maintenance reminder's checkbox. The tasks it selects that the clicker's message did not show
 * ticked are handed to the core as {@code remind done <id> <tasks>} on behalf of the clicker; the core records
 * them and updates the message in place. The request id names the click, so a click delivered twice records
 * once. Nothing is said: the message shows who did what. When nothing was recorded (the task was ticked a
 * moment before, or the click unticks, which reminders do not have) the message is shown again as recorded,
 * which sets the clicker's checkbox back.
 */
final class ReminderClicks implements OnClick {

    private final Conversation conversation;
    private final ReminderRefresh reminders;
    private final AckBudget acks;

    ReminderClicks(Conversation conversation, ReminderRefresh reminders, AckBudget acks) {
        this.conversation = conversation;
        this.reminders = reminders;
        this.acks = acks;
    }

    @Override
    public void click(Click p) {
        Clicks.each(p, BlockIds.REMIND_ACTION, BlockIds::taskRange,
                (action, range) -> acks.run("reminder checkbox click", () -> click(p, action, range)));
    }

    private void click(Click p, Click.Action action, BlockIds.TaskRange range) {
        long reminder = range.reminder();
        Set<Integer> ticked = new TreeSet<>(Clicks.selected(action));
        ticked.removeIf(task -> !range.contains(task));
        ticked.removeAll(Clicks.shown(p, action.blockId()));
        if (ticked.isEmpty()) {
            conversation.inTurn(p.channel(), () -> reminders.refresh(reminder));
            return;
        }
        String tasks = ticked.stream().map(String::valueOf).collect(Collectors.joining(" "));
        Invocation invocation = new Invocation(p.user(), p.channel(), Optional.empty(),
                Clicks.id(action) + ":done", "remind done " + reminder + " " + tasks);
        conversation.quietly(invocation, replies -> {
            // The core says what it recorded, and whispers what it refused; a refusal changed nothing.
            if (replies.stream().noneMatch(r -> r instanceof Reply.Say)) {
                reminders.refresh(reminder);
            }
        });
    }
}
