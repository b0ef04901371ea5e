package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.DeploymentStore.Appended;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.TimeFormat;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * Appends what a command decides. When someone else appended first, decides again on the latest state, so that
 * two people ticking the same item at once record one tick and the second is told who was first. A replayed
 * request id changes nothing and is answered with the current state.
 */
final class EventWriter {

    static final int ATTEMPTS = 10;

    private final DeploymentStore store;
    private final Clock clock;
    private final TimeFormat times;

    EventWriter(DeploymentStore store, Clock clock, TimeFormat times) {
        this.store = store;
        this.clock = clock;
        this.times = times;
    }

    List<Reply> write(Deployment deployment, Invocation invocation, Function<Deployment, Decision> decide) {
        Deployment current = deployment;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (!current.isActive()) {
                return unlessReplayed(invocation, current, List.of(new Reply.Whisper(closed(current))));
            }
            Decision decision = decide.apply(current);
            if (decision instanceof Decision.Refuse refuse) {
                return unlessReplayed(invocation, current, refuse.replies());
            }
            Decision.Append append = (Decision.Append) decision;
            Appended result = store.append(current.id(), current.sequence(), append.events(), clock.instant(),
                    invocation.user(), invocation.requestId());
            if (result instanceof Appended.Done done) {
                return append.replies().apply(done.deployment());
            }
            if (result instanceof Appended.Duplicate) {
                return alreadyRecorded(current.id());
            }
            current = ((Appended.Conflict) result).latest();
        }
        return List.of(new Reply.Whisper("#" + deployment.id() + " is changing too fast to record that;"
                + " type the command again."));
    }

    /** The answer to a replayed request: nothing changed, here is where things stand. */
    List<Reply> alreadyRecorded(long deploymentId) {
        Deployment now = store.load(deploymentId)
                .orElseThrow(() -> new AssertionError("a recorded request's deployment exists"));
        return List.of(new Reply.Replayed("Already recorded; nothing changed. " + DeploymentView.title(now) + ": "
                + DeploymentView.progress(now)));
    }

    /**
     * {@code refusal}, unless the request was recorded before: delivered again, it is refused because the state
     * already shows it, and is answered as a replay.
     */
    private List<Reply> unlessReplayed(Invocation invocation, Deployment current, List<Reply> refusal) {
        return store.recorded(invocation.requestId()) ? alreadyRecorded(current.id()) : refusal;
    }

    private String closed(Deployment d) {
        return DeploymentView.title(d) + " was " + DeploymentView.state(d, times)
                + "; nothing can change any more. Start a new one: start <name>";
    }
}
