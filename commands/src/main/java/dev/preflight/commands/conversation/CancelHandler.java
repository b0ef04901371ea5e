package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.Mention;

import java.util.List;
import java.util.Set;

/** {@code cancel <reason>}: the deployment stops; nothing can change it afterwards. */
final class CancelHandler implements DeploymentHandler<Command.Cancel> {

    private final EventWriter writer;

    CancelHandler(EventWriter writer) {
        this.writer = writer;
    }

    @Override
    public List<Reply> handle(Command.Cancel cancel, Deployment deployment, Invocation invocation) {
        return writer.write(deployment, invocation, d -> new Decision.Append(
                List.of(new DeploymentEvent.Cancelled(cancel.reason())), after -> List.of(
                        new Reply.Changed(after, Set.of(), false),
                        new Reply.Say(Mention.of(invocation.user()) + " cancelled " + DeploymentView.title(after)
                                + ": " + cancel.reason()))));
    }
}
