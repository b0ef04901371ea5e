package dev.preflight.commands.deployment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The append-only log of deployment events. Every method that writes commits durably before it returns.
 * Implementations throw {@link StoreException} when the database fails.
 */
public interface DeploymentStore {

    /**
     * Opens a new deployment whose log starts with {@code started}. Returns {@link Appended.Duplicate}
     * (and writes nothing) when {@code requestId} was already recorded.
     */
    Appended create(DeploymentEvent.Started started, Instant at, String actor, String requestId);

    /**
     * Appends {@code events} in one transaction, but only when the deployment's last sequence is still
     * {@code expectedSequence}; otherwise writes nothing and returns {@link Appended.Conflict}. A
     * {@code requestId} that was already recorded writes nothing and returns {@link Appended.Duplicate}.
     */
    Appended append(long deploymentId, long expectedSequence, List<DeploymentEvent> events, Instant at,
                    String actor, String requestId);

    /** The deployment folded from its whole log, or empty when there is no such deployment. */
    Optional<Deployment> load(long deploymentId);

    /** Whether a create or append with {@code requestId} was recorded: the request is being delivered again. */
    boolean recorded(String requestId);

    /** The whole log of one deployment, in order. */
    List<RecordedEvent> events(long deploymentId);

    /** Deployments of this channel that are neither completed nor cancelled, oldest first. */
    List<Deployment> active(String channel);

    /** The deployment whose root message is {@code threadRef} in {@code channel}. */
    Optional<Deployment> byThread(String channel, String threadRef);

    /** What an append came to. */
    sealed interface Appended {
        /** Written; {@code deployment} is the state after the append. */
        record Done(Deployment deployment) implements Appended {
        }

        /** Someone else appended first; nothing was written. {@code latest} is the current state. */
        record Conflict(Deployment latest) implements Appended {
        }

        /** The request id was seen before; nothing was written. */
        record Duplicate(long deploymentId) implements Appended {
        }
    }
}
