package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.template.Item;

import java.util.List;
import java.util.Optional;

/** {@code untick <items>}: ticked or N/A items open again. */
final class UntickHandler implements DeploymentHandler<Command.Untick> {

    private final EventWriter writer;

    UntickHandler(EventWriter writer) {
        this.writer = writer;
    }

    @Override
    public List<Reply> handle(Command.Untick untick, Deployment deployment, Invocation invocation) {
        return writer.write(deployment, invocation, d ->
                ItemChanges.decide(d, untick.refs(), Verb.UNTICK, invocation.user(), "reopened", new ItemChanges.Rule() {
                    @Override
                    public Optional<String> blocker(Item item, Optional<ItemState> state) {
                        return state.isPresent() ? Optional.empty() : Optional.of(item.number() + " is not ticked");
                    }

                    @Override
                    public DeploymentEvent event(Item item) {
                        return new DeploymentEvent.Unticked(item.number());
                    }
                }));
    }
}
