package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the first appends after {@link #arm()} wait for each other in front of the real store, so that they were
 * all decided on the same state and all but one must meet a conflict (or a duplicate request id).
 */
final class MeetingStore {

    private final CyclicBarrier barrier;
    private final AtomicInteger waiting;
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private volatile boolean armed;

    MeetingStore(int parties) {
        barrier = new CyclicBarrier(parties);
        waiting = new AtomicInteger(parties);
    }

    void arm() {
        armed = true;
    }

    int conflicts() {
        return conflicts.get();
    }

    int duplicates() {
        return duplicates.get();
    }

    DeploymentStore in(DeploymentStore real) {
        return new ForwardingStore(real) {
            @Override
            public Appended append(long deploymentId, long expectedSequence, List<DeploymentEvent> events,
                                   Instant at, String actor, String requestId) {
                if (armed && waiting.getAndDecrement() > 0) {
                    meet();
                }
                Appended result = super.append(deploymentId, expectedSequence, events, at, actor, requestId);
                if (result instanceof Appended.Conflict) {
                    conflicts.incrementAndGet();
                } else if (result instanceof Appended.Duplicate) {
                    duplicates.incrementAndGet();
                }
                return result;
            }
        };
    }

    private void meet() {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the other append never came", e);
        }
    }
}
