package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;

import java.util.List;
import java.util.Optional;

/** The {@code monitor} verb: {@code monitor} lists the template's monitoring commands, {@code monitor <name>} runs one. */
public final class MonitorHandler {

    private final DeploymentStore store;
    private final MonitorService service;

    MonitorHandler(DeploymentStore store, MonitorService service) {
        this.store = store;
        this.service = service;
    }

    /** {@code invocation.text()} is what follows the word {@code monitor}. */
    public List<Reply> handle(Invocation invocation) {
        Optional<Deployment> deployment = DeploymentLookup.find(store, invocation);
        if (deployment.isEmpty()) {
            return List.of(new Reply.Whisper("Type this in a deployment's thread."));
        }
        return service.handle(deployment.get(), invocation.user(), invocation.requestId(), invocation.text());
    }
}
