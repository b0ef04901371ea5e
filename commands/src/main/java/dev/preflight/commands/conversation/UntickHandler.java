package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;

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
        return writer.write(deployment, invocation, d -> ItemChanges.decide(d, untick.refs(), Verb.UNTICK,
                invocation.user(), "reopened",
                (item, state) -> state.isPresent() ? Optional.empty() : Optional.of(item.number() + " is not ticked"),
                item -> new DeploymentEvent.Unticked(item.number())));
    }
}
