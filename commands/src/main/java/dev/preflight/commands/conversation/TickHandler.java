package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.Mention;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.template.Item;

import java.util.List;
import java.util.Optional;

/** {@code tick <items>}: open items become done; an item already ticked says who ticked it when. */
final class TickHandler implements DeploymentHandler<Command.Tick> {

    private final EventWriter writer;
    private final TimeFormat times;

    TickHandler(EventWriter writer, TimeFormat times) {
        this.writer = writer;
        this.times = times;
    }

    @Override
    public List<Reply> handle(Command.Tick tick, Deployment deployment, Invocation invocation) {
        return writer.write(deployment, invocation, d -> ItemChanges.decide(d, tick.refs(), Verb.TICK,
                invocation.user(), "ticked", this::alreadyClosed, item -> new DeploymentEvent.Ticked(item.number())));
    }

    private Optional<String> alreadyClosed(Item item, Optional<ItemState> state) {
        int n = item.number();
        return state.map(s -> s instanceof ItemState.NotApplicable na
                ? n + " is N/A (" + na.reason() + "); untick " + n + " to reopen it"
                : n + " was already ticked by " + Mention.of(s.by()) + " at " + times.format(s.at()));
    }
}
