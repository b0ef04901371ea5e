package dev.preflight.storage.deployment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.commands.deployment.DeploymentEvent;

import java.util.TreeMap;

/** The type tags and fields of the rollback and monitoring events, written out by hand like {@link EventJson}'s. */
final class RollbackEventJson {

    static final String STARTED = "rollback_started";
    static final String APPROVED = "rollback_approved";
    static final String STEP_STARTED = "rollback_step_started";
    static final String STEP_REHEARSED = "rollback_step_rehearsed";
    static final String STEP_FINISHED = "rollback_step_finished";
    static final String STEP_SKIPPED = "rollback_step_skipped";
    static final String ABORTED = "rollback_aborted";
    static final String MONITOR_RAN = "monitor_ran";

    private RollbackEventJson() {
    }

    static EventJson.Encoded encode(DeploymentEvent.RollbackEvent event, ObjectNode n) {
        String type;
        if (event instanceof DeploymentEvent.RollbackStarted s) {
            type = STARTED;
            ObjectNode parameters = n.putObject("parameters");
            new TreeMap<>(s.parameters()).forEach(parameters::put);
            n.put("dryRun", s.dryRun()).put("approvals", s.approvals());
        } else if (event instanceof DeploymentEvent.RollbackApproved) {
            type = APPROVED;
        } else if (event instanceof DeploymentEvent.RollbackStepStarted s) {
            type = STEP_STARTED;
            n.put("step", s.step()).put("confirmedBy", s.confirmedBy()).put("command", s.command());
        } else if (event instanceof DeploymentEvent.RollbackStepRehearsed r) {
            type = STEP_REHEARSED;
            n.put("step", r.step()).put("command", r.command());
        } else if (event instanceof DeploymentEvent.RollbackStepFinished f) {
            type = STEP_FINISHED;
            n.put("step", f.step()).put("exitCode", f.exitCode()).put("durationMillis", f.durationMillis())
                    .put("timedOut", f.timedOut()).put("outputRef", f.outputRef());
        } else if (event instanceof DeploymentEvent.RollbackStepSkipped s) {
            type = STEP_SKIPPED;
            n.put("step", s.step()).put("reason", s.reason());
        } else if (event instanceof DeploymentEvent.RollbackAborted a) {
            type = ABORTED;
            n.put("reason", a.reason());
        } else if (event instanceof DeploymentEvent.MonitorRan m) {
            type = MONITOR_RAN;
            n.put("monitor", m.monitor()).put("command", m.command()).put("exitCode", m.exitCode())
                    .put("durationMillis", m.durationMillis()).put("timedOut", m.timedOut())
                    .put("outputRef", m.outputRef());
        } else {
            throw new AssertionError("unknown rollback event " + event);
        }
        return new EventJson.Encoded(type, n.toString());
    }
}
