package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.template.Template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The deployment store's contract kept in memory, with every template source standing for {@code template}. */
final class InMemoryDeploymentStore implements DeploymentStore {

    private final Template template;
    private final Map<Long, List<RecordedEvent>> logs = new LinkedHashMap<>();
    private final Set<String> requests = new HashSet<>();

    InMemoryDeploymentStore(Template template) {
        this.template = template;
    }

    @Override
    public synchronized Appended create(DeploymentEvent.Started started, Instant at, String actor, String requestId) {
        long id = logs.size() + 1L;
        if (!requests.add(requestId)) {
            return new Appended.Duplicate(id);
        }
        logs.put(id, new ArrayList<>(List.of(new RecordedEvent(id, 1, at, actor, requestId, started))));
        return new Appended.Done(load(id).orElseThrow());
    }

    @Override
    public synchronized boolean recorded(String requestId) {
        return requests.contains(requestId);
    }

    @Override
    public synchronized Appended append(long id, long expectedSequence, List<DeploymentEvent> events, Instant at,
                                        String actor, String requestId) {
        List<RecordedEvent> log = logs.get(id);
        if (requests.contains(requestId)) {
            return new Appended.Duplicate(id);
        }
        if (log.size() != expectedSequence) {
            return new Appended.Conflict(load(id).orElseThrow());
        }
        Deployment d = load(id).orElseThrow();
        for (DeploymentEvent e : events) {
            RecordedEvent recorded = new RecordedEvent(id, log.size() + 1L, at, actor, requestId, e);
            d = d.apply(recorded);
            log.add(recorded);
        }
        requests.add(requestId);
        return new Appended.Done(d);
    }

    @Override
    public synchronized Optional<Deployment> load(long id) {
        return Optional.ofNullable(logs.get(id)).map(log -> Deployment.replay(log, source -> template));
    }

    @Override
    public synchronized List<RecordedEvent> events(long id) {
        return List.copyOf(logs.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized List<Deployment> active(String channel) {
        return logs.keySet().stream().map(id -> load(id).orElseThrow())
                .filter(d -> d.channel().equals(channel) && d.isActive()).toList();
    }

    @Override
    public synchronized Optional<Deployment> byThread(String channel, String threadRef) {
        return logs.keySet().stream().map(id -> load(id).orElseThrow())
                .filter(d -> d.channel().equals(channel) && d.threadRef().equals(Optional.of(threadRef)))
                .findFirst();
    }

    /** Appends as another command of the bot would (a tick, say), so that rollback commands meet a newer log. */
    synchronized void appendElsewhere(long id, DeploymentEvent event) {
        List<RecordedEvent> log = logs.get(id);
        append(id, log.size(), List.of(event), Instant.EPOCH, "someone", "elsewhere-" + log.size());
    }
}
