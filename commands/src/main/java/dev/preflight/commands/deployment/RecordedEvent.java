package dev.preflight.commands.deployment;

import java.time.Instant;

/**
 * An event as stored: which deployment, its position in that deployment's log (1, 2, 3, ...), when,
 * who, and the id of the request it came from.
 */
public record RecordedEvent(long deploymentId, long sequence, Instant at, String actor, String requestId,
                            DeploymentEvent event) {
}
