package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.EventView;
import dev.preflight.commands.deployment.TimeFormat;

import java.util.ArrayList;
import java.util.List;

/** {@code log}: every event of the deployment, one line each: when, who, what. */
final class LogHandler implements DeploymentHandler<Command.ShowLog> {

    private final DeploymentStore store;
    private final TimeFormat times;

    LogHandler(DeploymentStore store, TimeFormat times) {
        this.store = store;
        this.times = times;
    }

    @Override
    public List<Reply> handle(Command.ShowLog log, Deployment deployment, Invocation invocation) {
        List<String> lines = new ArrayList<>();
        lines.add("Timeline of " + DeploymentView.title(deployment) + ":");
        store.events(deployment.id()).forEach(e -> lines.add(EventView.line(e, deployment.template(), times)));
        return List.of(new Reply.Say(String.join("\n", lines)));
    }
}
