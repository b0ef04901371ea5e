package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.blocks.BlockIds;
import dev.preflight.bot.slack.interaction.Click;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Reply;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A click on a checklist checkbox. Slack sends the options now selected; compared with those the clicker's
 * message showed selected, that says which item was ticked or unticked, and only that is handed to the core
 * ({@code #42 tick 12}), so a click on a message that is a moment behind never undoes someone else's tick. The
 * request id names the click and the item, so a click delivered twice records once. When the core changed
 * nothing, the section is shown again as recorded, which sets the clicker's checkbox back.
 */
final class ChecklistClicks implements OnClick {

    private final Conversation conversation;
    private final AckBudget acks;

    ChecklistClicks(Conversation conversation, AckBudget acks) {
        this.conversation = conversation;
        this.acks = acks;
    }

    @Override
    public void click(Click p) {
        Clicks.each(p, BlockIds.TICK_ACTION, BlockIds::itemRange,
                (action, range) -> acks.run("checkbox click", () -> click(p, action, range)));
    }

    private void click(Click p, Click.Action action, BlockIds.ItemRange range) {
        Set<Integer> selected = Clicks.selected(action);
        Set<Integer> shown = Clicks.shown(p, action.blockId());
        String channel = p.channel();
        String user = p.user();
        Optional<String> thread = p.thread();
        Origin origin = Origin.thread(channel, thread, user, true);
        String click = Clicks.id(action);
        boolean changed = false;
        int last = range.first();
        for (int item = range.first(); item <= range.last(); item++) {
            String verb = selected.contains(item) && !shown.contains(item) ? "tick"
                    : !selected.contains(item) && shown.contains(item) ? "untick" : null;
            if (verb != null) {
                Invocation invocation = new Invocation(user, channel, thread, click + ":" + verb + ":" + item,
                        "#" + range.deployment() + " " + verb + " " + item);
                List<Reply> replies = conversation.handle(invocation, origin);
                changed |= replies.stream().anyMatch(r -> r instanceof Reply.Changed);
                last = item;
            }
        }
        if (!changed) {
            conversation.refresh(channel, range.deployment(), last, click + ":refresh");
        }
    }
}
