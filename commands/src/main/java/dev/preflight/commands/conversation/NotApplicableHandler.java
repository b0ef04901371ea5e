package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.Mention;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.template.Item;

import java.util.List;
import java.util.Optional;

/** {@code na <items> <reason>}: open items are marked not applicable, with the reason shown next to them. */
final class NotApplicableHandler implements DeploymentHandler<Command.MarkNotApplicable> {

    private final EventWriter writer;
    private final TimeFormat times;

    NotApplicableHandler(EventWriter writer, TimeFormat times) {
        this.writer = writer;
        this.times = times;
    }

    @Override
    public List<Reply> handle(Command.MarkNotApplicable na, Deployment deployment, Invocation invocation) {
        return writer.write(deployment, invocation, d -> ItemChanges.decide(d, na.refs(), Verb.NA, invocation.user(),
                "marked N/A (" + na.reason() + "):", this::alreadyClosed,
                item -> new DeploymentEvent.MarkedNotApplicable(item.number(), na.reason())));
    }

    private Optional<String> alreadyClosed(Item item, Optional<ItemState> state) {
        int n = item.number();
        return state.map(s -> s instanceof ItemState.NotApplicable already
                ? n + " is already N/A: " + already.reason() + " (" + Mention.of(s.by()) + " " + times.format(s.at()) + ")"
                : n + " was ticked by " + Mention.of(s.by()) + " at " + times.format(s.at()) + "; untick " + n + " first");
    }
}
