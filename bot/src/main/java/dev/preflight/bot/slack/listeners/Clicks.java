package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.interaction.Click;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** What every click on one of the bot's messages says about what it changed. */
final class Clicks {

    private Clicks() {
    }

    /**
     * Hands {@code click} each action of {@code c} with action id {@code actionId} whose block id {@code target}
     * reads, with what it read there (a deployment, a range of items); other actions are passed over.
     */
    static <T> void each(Click c, String actionId, Function<String, Optional<T>> target,
            BiConsumer<Click.Action, T> click) {
        for (Click.Action action : c.actions()) {
            if (actionId.equals(action.actionId())) {
                target.apply(action.blockId()).ifPresent(t -> click.accept(action, t));
            }
        }
    }

    /** A request id naming the click on block {@code action}: the same click delivered twice has the same one. */
    static String id(Click.Action action) {
        return "slack:action:" + action.actionTs() + ":" + action.blockId();
    }

    /** The numbers (option values) a checkboxes click leaves selected. */
    static Set<Integer> selected(Click.Action action) {
        return numbers(action.selected());
    }

    /** The numbers the clicker's copy of the message showed selected in the checkboxes of block {@code blockId}. */
    static Set<Integer> shown(Click c, String blockId) {
        return numbers(c.shownIn(blockId));
    }

    private static Set<Integer> numbers(Collection<String> values) {
        Set<Integer> numbers = new TreeSet<>();
        for (String value : values) {
            try {
                numbers.add(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                // not one of the bot's options: ignored
            }
        }
        return numbers;
    }
}
