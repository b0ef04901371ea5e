package dev.preflight.bot.slack.listeners;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.CheckboxesElement;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** What every click on one of the bot's messages says about where it happened and what it changed. */
final class Clicks {

    private Clicks() {
    }

    /**
     * Hands {@code click} each action of {@code p} with action id {@code actionId} whose block id {@code target}
     * reads, with what it read there (a deployment, a range of items); other actions are passed over.
     */
    static <T> void each(BlockActionPayload p, String actionId, Function<String, Optional<T>> target,
            BiConsumer<BlockActionPayload.Action, T> click) {
        for (BlockActionPayload.Action action : p.getActions()) {
            if (actionId.equals(action.getActionId())) {
                target.apply(action.getBlockId()).ifPresent(t -> click.accept(action, t));
            }
        }
    }

    /** The thread the clicked message is in (its root's ts). */
    static Optional<String> thread(BlockActionPayload p) {
        if (p.getContainer() != null && p.getContainer().getThreadTs() != null) {
            return Optional.of(p.getContainer().getThreadTs());
        }
        if (p.getMessage() != null && p.getMessage().getThreadTs() != null) {
            return Optional.of(p.getMessage().getThreadTs());
        }
        return Optional.empty();
    }

    /** A request id naming the click on block {@code action}: the same click delivered twice has the same one. */
    static String id(BlockActionPayload.Action action) {
        return "slack:action:" + action.getActionTs() + ":" + action.getBlockId();
    }

    /** The numbers (option values) a checkboxes click leaves selected. */
    static Set<Integer> selected(BlockActionPayload.Action action) {
        return numbers(action.getSelectedOptions() == null ? List.of()
                : action.getSelectedOptions().stream().map(BlockActionPayload.Action.SelectedOption::getValue).toList());
    }

    /** The numbers the clicker's copy of the message showed selected in the checkboxes of block {@code blockId}. */
    static Set<Integer> shown(BlockActionPayload p, String blockId) {
        List<LayoutBlock> blocks = p.getMessage() == null || p.getMessage().getBlocks() == null
                ? List.of() : p.getMessage().getBlocks();
        for (LayoutBlock block : blocks) {
            if (block instanceof ActionsBlock a && blockId.equals(a.getBlockId())) {
                for (BlockElement element : a.getElements()) {
                    if (element instanceof CheckboxesElement c) {
                        List<OptionObject> initial = c.getInitialOptions() == null ? List.of() : c.getInitialOptions();
                        return numbers(initial.stream().map(OptionObject::getValue).toList());
                    }
                }
            }
        }
        return Set.of();
    }

    private static Set<Integer> numbers(List<String> values) {
        Set<Integer> numbers = new TreeSet<>();
        for (String value : new HashSet<>(values)) {
            try {
                numbers.add(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                // not one of the bot's options: ignored
            }
        }
        return numbers;
    }
}
