package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.TimeFormat;

import java.util.ArrayList;
import java.util.List;

/** {@code list}: the active deployments of the channel the command was typed in. */
final class ListHandler implements Handler<Command.ListActive> {

    private final DeploymentStore store;
    private final TimeFormat times;

    ListHandler(DeploymentStore store, TimeFormat times) {
        this.store = store;
        this.times = times;
    }

    @Override
    public List<Reply> handle(Command.ListActive list, Request request) {
        List<Deployment> active = store.active(request.invocation().channel());
        if (active.isEmpty()) {
            return List.of(new Reply.Say("No deployment is active in this channel; start one: start <name>"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(active.size() + " active deployment" + (active.size() == 1 ? "" : "s") + " here:");
        active.forEach(d -> lines.add(DeploymentView.summary(d, times)));
        return List.of(new Reply.Say(String.join("\n", lines)));
    }
}
