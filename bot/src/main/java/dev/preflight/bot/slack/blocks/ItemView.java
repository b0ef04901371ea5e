package dev.preflight.bot.slack.blocks;

import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.template.Item;

import java.util.Optional;

/**
 * How one item shows in its section message: the checkbox's label (its number and text, shortened visibly
 * when longer than a label may be) and, when there is more to say, a note line below the checkboxes with
 * the full text and who closed the item when (a note may be long: the section message splits it).
 */
record ItemView(Item item, Optional<ItemState> state, TimeFormat times) {

    String label() {
        return Mrkdwn.shorten(prefix() + text(), Limits.OPTION_TEXT);
    }

    boolean done() {
        return state.isPresent() && state.get() instanceof ItemState.Done;
    }

    /** The note for this item, or empty when the label says everything. */
    Optional<String> note() {
        boolean shortened = !label().equals(prefix() + text());
        if (state.isEmpty() && !shortened) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(state.map(ItemView::mark).orElse("⬜")).append(' ').append(prefix());
        if (shortened) {
            line.append(text());
        }
        state.ifPresent(s -> line.append(shortened ? " — " : "").append(closed(s)));
        return Optional.of(line.toString());
    }

    private String prefix() {
        return "*" + item.number() + ".* ";
    }

    private String text() {
        return Mrkdwn.escape(item.text());
    }

    private String closed(ItemState s) {
        String who = Mrkdwn.user(s.by()) + ", " + times.formatFull(s.at());
        if (s instanceof ItemState.NotApplicable n) {
            return "not applicable: " + Mrkdwn.escape(n.reason()) + " (" + who + ")";
        }
        return who;
    }

    private static String mark(ItemState s) {
        return s instanceof ItemState.NotApplicable ? "➖" : "✅";
    }
}
