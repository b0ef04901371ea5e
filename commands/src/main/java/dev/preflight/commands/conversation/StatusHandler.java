package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.StatusView;
import dev.preflight.commands.deployment.TimeFormat;

import java.util.List;

/** {@code status}: progress per section, required items still open, sign-offs pending. */
final class StatusHandler implements DeploymentHandler<Command.ShowStatus> {

    private final TimeFormat times;

    StatusHandler(TimeFormat times) {
        this.times = times;
    }

    @Override
    public List<Reply> handle(Command.ShowStatus status, Deployment deployment, Invocation invocation) {
        return List.of(new Reply.Say(StatusView.text(deployment, times)));
    }
}
