package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.RecordedEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Passes every call to the real store; tests override a method to make calls meet at a chosen moment. */
class ForwardingStore implements DeploymentStore {

    private final DeploymentStore real;

    ForwardingStore(DeploymentStore real) {
        this.real = real;
    }

    @Override
    public Appended create(DeploymentEvent.Started started, Instant at, String actor, String requestId) {
        return real.create(started, at, actor, requestId);
    }

    @Override
    public Appended append(long deploymentId, long expectedSequence, List<DeploymentEvent> events, Instant at,
                           String actor, String requestId) {
        return real.append(deploymentId, expectedSequence, events, at, actor, requestId);
    }

    @Override
    public Optional<Deployment> load(long deploymentId) {
        return real.load(deploymentId);
    }

    @Override
    public boolean recorded(String requestId) {
        return real.recorded(requestId);
    }

    @Override
    public List<RecordedEvent> events(long deploymentId) {
        return real.events(deploymentId);
    }

    @Override
    public List<Deployment> active(String channel) {
        return real.active(channel);
    }

    @Override
    public Optional<Deployment> byThread(String channel, String threadRef) {
        return real.byThread(channel, threadRef);
    }
}
