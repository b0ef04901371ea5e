package dev.preflight.commands.rollback;

import dev.preflight.commands.template.RollbackStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A step of one rollback run: the template's step, every attempt at it, and whether it was skipped. */
public record StepState(RollbackStep step, List<StepAttempt> attempts, Optional<Decision> skipped) {

    public enum Status {
        PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED,
        /** Shown in a dry run, not executed. */
        REHEARSED
    }

    public StepState {
        attempts = List.copyOf(attempts);
    }

    static StepState pending(RollbackStep step) {
        return new StepState(step, List.of(), Optional.empty());
    }

    public int number() {
        return step.number();
    }

    /** RUNNING also covers an attempt that was running when the bot stopped: it never finished. */
    public Status status() {
        if (skipped.isPresent()) {
            return Status.SKIPPED;
        }
        Optional<StepAttempt> last = lastAttempt();
        if (last.isEmpty()) {
            return Status.PENDING;
        }
        if (last.get().rehearsal()) {
            return Status.REHEARSED;
        }
        return last.get().result().map(r -> r.succeeded() ? Status.SUCCEEDED : Status.FAILED)
                .orElse(Status.RUNNING);
    }

    /** Done with: succeeded, skipped or rehearsed. A finished step never runs again by itself. */
    public boolean closed() {
        Status s = status();
        return s == Status.SUCCEEDED || s == Status.SKIPPED || s == Status.REHEARSED;
    }

    public Optional<StepAttempt> lastAttempt() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    StepState started(StepAttempt attempt) {
        List<StepAttempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        return new StepState(step, all, skipped);
    }

    StepState finished(StepAttempt.Result result) {
        StepAttempt last = lastAttempt().filter(a -> a.result().isEmpty() && !a.rehearsal()).orElseThrow(() ->
                new IllegalArgumentException("step " + number() + " finished without having started"));
        List<StepAttempt> all = new ArrayList<>(attempts);
        all.set(all.size() - 1, last.finish(result));
        return new StepState(step, all, skipped);
    }

    StepState skippedBy(Decision decision) {
        return new StepState(step, attempts, Optional.of(decision));
    }
}
