package dev.preflight.bot.slack.interaction;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A click on one of the bot's messages, as Slack reports it in a {@code block_actions} interaction, read for what
 * the bot acts on: who clicked where, the thread and the message clicked, the actions, and which options the
 * clicker's copy of the message showed selected in each checkboxes block (by block id).
 */
public record Click(String user, String channel, Optional<String> thread, String messageTs, List<Action> actions,
                    Map<String, Set<String>> shown) {

    public Click {
        if (user.isBlank() || channel.isBlank()) {
            throw new IllegalArgumentException("a click has a user and a channel");
        }
        actions = List.copyOf(actions);
        shown = Map.copyOf(shown);
    }

    /** The option values that block {@code blockId} showed selected when it was clicked; empty if none. */
    public Set<String> shownIn(String blockId) {
        return shown.getOrDefault(blockId, Set.of());
    }

    /**
     * One action of the click: which element ({@code actionId}) in which block, when ({@code actionTs}, unique per
     * click), the button's value, and the options a checkboxes element has selected after the click.
     */
    public record Action(String actionId, String blockId, String actionTs, Optional<String> value,
                         List<String> selected) {
        public Action {
            selected = List.copyOf(selected);
        }
    }
}
