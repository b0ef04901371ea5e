package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.template.RollbackStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every rollback run and monitoring command of one deployment, folded from its event log. Only the last run can
 * be open. Because the state comes from the log alone, it survives restarts: a step whose last attempt never
 * finished stays RUNNING in the log, and the service shows it as interrupted when it is not running now.
 */
public record RollbackLog(List<RollbackRun> runs, List<MonitorRun> monitors) {

    public RollbackLog {
        runs = List.copyOf(runs);
        monitors = List.copyOf(monitors);
    }

    /** Folds a deployment's whole log; {@code plan} is its template's rollback plan. */
    public static RollbackLog fold(List<RecordedEvent> log, List<RollbackStep> plan) {
        List<RollbackRun> runs = new ArrayList<>();
        List<MonitorRun> monitors = new ArrayList<>();
        for (RecordedEvent e : log) {
            DeploymentEvent event = e.event();
            if (event instanceof DeploymentEvent.MonitorRan m) {
                monitors.add(new MonitorRun(m.monitor(), m.command(), e.actor(), e.at(), m.exitCode(),
                        m.durationMillis(), m.timedOut(), m.outputRef()));
            } else if (event instanceof DeploymentEvent.RollbackStarted s) {
                if (!runs.isEmpty() && runs.get(runs.size() - 1).open()) {
                    throw new IllegalArgumentException("event " + e.sequence() + " opens a second rollback run");
                }
                runs.add(RollbackRun.started(e, s, plan));
            } else if (event instanceof DeploymentEvent.RollbackEvent r) {
                int last = runs.size() - 1;
                if (last < 0 || !runs.get(last).open()) {
                    throw new IllegalArgumentException("event " + e.sequence() + " changes no open rollback run");
                }
                runs.set(last, apply(runs.get(last), e, r));
            }
        }
        return new RollbackLog(runs, monitors);
    }

    private static RollbackRun apply(RollbackRun run, RecordedEvent e, DeploymentEvent.RollbackEvent event) {
        if (event instanceof DeploymentEvent.RollbackApproved) {
            return run.approvedBy(e.actor());
        } else if (event instanceof DeploymentEvent.RollbackStepStarted s) {
            return run.withStep(s.step(), st -> st.started(new StepAttempt(e.sequence(), s.confirmedBy(), e.at(),
                    s.command(), Optional.empty(), false)));
        } else if (event instanceof DeploymentEvent.RollbackStepRehearsed r) {
            return run.withStep(r.step(), st -> st.started(new StepAttempt(e.sequence(), e.actor(), e.at(),
                    r.command(), Optional.empty(), true)));
        } else if (event instanceof DeploymentEvent.RollbackStepFinished f) {
            return run.withStep(f.step(), st -> st.finished(new StepAttempt.Result(f.exitCode(), f.durationMillis(),
                    f.timedOut(), f.outputRef(), e.at())));
        } else if (event instanceof DeploymentEvent.RollbackStepSkipped s) {
            return run.withStep(s.step(), st -> st.skippedBy(new Decision(e.actor(), e.at(), s.reason())));
        } else if (event instanceof DeploymentEvent.RollbackAborted a) {
            return run.abortedBy(new Decision(e.actor(), e.at(), a.reason()));
        }
        throw new AssertionError("unhandled rollback event " + event);
    }

    /** The run that is open now, if any. */
    public Optional<RollbackRun> open() {
        return latest().filter(RollbackRun::open);
    }

    public Optional<RollbackRun> latest() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }
}
