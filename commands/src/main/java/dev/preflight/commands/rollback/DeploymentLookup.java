package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;

import java.util.List;
import java.util.Optional;

/** The deployment a command is about: the one whose thread it was typed in, or the channel's only active one. */
final class DeploymentLookup {

    static final String WHERE = "Type this in the thread of the deployment to roll back.";

    private DeploymentLookup() {
    }

    static Optional<Deployment> find(DeploymentStore store, Invocation invocation) {
        if (invocation.thread().isPresent()) {
            return store.byThread(invocation.channel(), invocation.thread().get());
        }
        List<Deployment> active = store.active(invocation.channel());
        return active.size() == 1 ? Optional.of(active.get(0)) : Optional.empty();
    }
}
