package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.template.RollbackStep;

import java.util.List;

/** A deployment as read at one moment: its state, its log's last sequence and its rollback runs. */
record Snapshot(Deployment deployment, long sequence, RollbackLog log) {

    static Snapshot of(Deployment deployment, List<RecordedEvent> events) {
        long last = events.isEmpty() ? deployment.sequence() : events.get(events.size() - 1).sequence();
        return new Snapshot(deployment, last, RollbackLog.fold(events, deployment.template().rollback()));
    }

    List<RollbackStep> plan() {
        return deployment.template().rollback();
    }

    long id() {
        return deployment.id();
    }
}
