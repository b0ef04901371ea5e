package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Reads a deployment's log, decides, and appends: one rollback change at a time per deployment (a lock), retried
 * on a fresh read when something else (a tick, a sign-off) was appended in between.
 */
final class Ledger {

    private static final int ATTEMPTS = 5;

    private final DeploymentStore store;
    private final Clock clock;
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    Ledger(DeploymentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What to do on the state just read: answer at once, or append events and then answer. */
    sealed interface Decision {
    }

    record Answer(List<Reply> replies) implements Decision {
        Answer {
            replies = List.copyOf(replies);
        }
    }

    /** Append {@code events}; {@code after} gets the sequence of the first of them once they are durable. */
    record Append(List<DeploymentEvent> events, LongFunction<List<Reply>> after) implements Decision {
        Append {
            events = List.copyOf(events);
        }
    }

    static Answer whisper(String text) {
        return new Answer(List.of(new Reply.Whisper(text)));
    }

    static Answer say(String text) {
        return new Answer(List.of(new Reply.Say(text)));
    }

    /** Runs {@code work} holding deployment {@code id}'s lock, which {@link #change} takes too (it is reentrant). */
    <T> T locked(long id, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code decide} on a fresh snapshot of deployment {@code id}, under its lock, until it is written. */
    List<Reply> change(long id, String actor, String requestId, Function<Snapshot, Decision> decide) {
        return locked(id, () -> {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Snapshot now = snapshot(id);
                Decision decision = decide.apply(now);
                if (decision instanceof Answer answer) {
                    return answer.replies();
                }
                Append append = (Append) decision;
                DeploymentStore.Appended result = store.append(id, now.sequence(), append.events(), clock.instant(),
                        actor, requestId);
                if (result instanceof DeploymentStore.Appended.Done) {
                    return append.after().apply(now.sequence() + 1);
                }
                if (result instanceof DeploymentStore.Appended.Duplicate) {
                    return List.of();
                }
            }
            return List.of(new Reply.Whisper("The deployment kept changing while I tried; please try again."));
        });
    }

    Snapshot snapshot(long id) {
        return Snapshot.of(store.load(id).orElseThrow(() -> new IllegalArgumentException("no deployment " + id)),
                store.events(id));
    }
}
