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
        String done = "marked N/A (" + na.reason() + "):";
        return writer.write(deployment, invocation, d ->
                ItemChanges.decide(d, na.refs(), Verb.NA, invocation.user(), done, new ItemChanges.Rule() {
                    @Override
                    public Optional<String> blocker(Item item, Optional<ItemState> state) {
                        return state.map(s -> s instanceof ItemState.NotApplicable already
                                ? item.number() + " is already N/A: " + already.reason()
                                + " (" + Mention.of(s.by()) + " " + times.format(s.at()) + ")"
                                : item.number() + " was ticked by " + Mention.of(s.by()) + " at " + times.format(s.at())
                                + "; untick " + item.number() + " first");
                    }

                    @Override
                    public DeploymentEvent event(Item item) {
                        return new DeploymentEvent.MarkedNotApplicable(item.number(), na.reason());
                    }
                }));
    }
}
