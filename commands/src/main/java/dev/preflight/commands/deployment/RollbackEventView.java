package dev.preflight.commands.deployment;

import java.util.Map;
import java.util.TreeMap;

/** What a rollback or monitoring event did, in words, for the deployment's timeline. */
final class RollbackEventView {

    private RollbackEventView() {
    }

    static String describe(DeploymentEvent.RollbackEvent event) {
        if (event instanceof DeploymentEvent.RollbackStarted s) {
            return "opened a " + (s.dryRun() ? "dry run of the rollback" : "rollback") + " with "
                    + parameters(s.parameters()) + (s.approvals() > 1 ? " (needs a second approval)" : "");
        }
        if (event instanceof DeploymentEvent.RollbackApproved) {
            return "approved the rollback";
        }
        if (event instanceof DeploymentEvent.RollbackStepStarted s) {
            return "ran rollback step " + s.step() + ": " + s.command();
        }
        if (event instanceof DeploymentEvent.RollbackStepRehearsed r) {
            return "was shown rollback step " + r.step() + " of the dry run, nothing executed: " + r.command();
        }
        if (event instanceof DeploymentEvent.RollbackStepFinished f) {
            return "rollback step " + f.step() + " " + ending(f.exitCode(), f.timedOut()) + " after "
                    + f.durationMillis() + " ms";
        }
        if (event instanceof DeploymentEvent.RollbackStepSkipped s) {
            return "skipped rollback step " + s.step() + (s.reason().isBlank() ? "" : ": " + s.reason());
        }
        if (event instanceof DeploymentEvent.RollbackAborted a) {
            return "aborted the rollback" + (a.reason().isBlank() ? "" : ": " + a.reason());
        }
        if (event instanceof DeploymentEvent.MonitorRan m) {
            return "ran monitor " + m.monitor() + " (" + m.command() + "), which " + ending(m.exitCode(), m.timedOut())
                    + " after " + m.durationMillis() + " ms";
        }
        throw new AssertionError("unknown rollback event " + event);
    }

    private static String ending(int exitCode, boolean timedOut) {
        if (timedOut) {
            return "was killed at its time-out";
        }
        return exitCode < 0 ? "was killed or never started" : "exited " + exitCode;
    }

    private static String parameters(Map<String, String> values) {
        if (values.isEmpty()) {
            return "no parameters";
        }
        StringBuilder out = new StringBuilder();
        new TreeMap<>(values).forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('=')
                .append(v));
        return out.toString();
    }
}
