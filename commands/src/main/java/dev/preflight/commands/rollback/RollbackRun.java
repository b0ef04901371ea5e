package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.template.RollbackStep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One rollback run of a deployment, folded from its events: who opened it with which parameters, who approved
 * it, every step's state, and whether it was aborted. Steps go strictly in order: the current step is the first
 * that is neither done nor skipped.
 *
 * @param sequence  the position of its {@code RollbackStarted} event in the deployment's log
 * @param approvals how many different people (the opener included) must agree before a step executes
 */
public record RollbackRun(long sequence, String startedBy, Instant startedAt, Map<String, String> parameters,
                          boolean dryRun, int approvals, List<String> approvedBy, List<StepState> steps,
                          Optional<Decision> aborted) {

    public RollbackRun {
        parameters = Map.copyOf(parameters);
        approvedBy = List.copyOf(approvedBy);
        steps = List.copyOf(steps);
    }

    static RollbackRun started(RecordedEvent e, DeploymentEvent.RollbackStarted s, List<RollbackStep> plan) {
        return new RollbackRun(e.sequence(), e.actor(), e.at(), s.parameters(), s.dryRun(), s.approvals(),
                List.of(), plan.stream().map(StepState::pending).toList(), Optional.empty());
    }

    /** Neither aborted nor through all its steps. */
    public boolean open() {
        return aborted.isEmpty() && current().isPresent();
    }

    /** The first step that is neither done nor skipped; empty once every step is. */
    public Optional<StepState> current() {
        return steps.stream().filter(s -> !s.closed()).findFirst();
    }

    public Optional<StepState> step(int number) {
        return steps.stream().filter(s -> s.number() == number).findFirst();
    }

    /** How many more people must approve before a step may execute (always 0 for a dry run). */
    public int approvalsMissing() {
        return dryRun ? 0 : Math.max(0, approvals - 1 - approvedBy.size());
    }

    RollbackRun approvedBy(String user) {
        List<String> all = new ArrayList<>(approvedBy);
        all.add(user);
        return new RollbackRun(sequence, startedBy, startedAt, parameters, dryRun, approvals, all, steps, aborted);
    }

    RollbackRun abortedBy(Decision decision) {
        return new RollbackRun(sequence, startedBy, startedAt, parameters, dryRun, approvals, approvedBy, steps,
                Optional.of(decision));
    }

    RollbackRun withStep(int number, UnaryOperator<StepState> change) {
        StepState old = step(number).orElseThrow(() ->
                new IllegalArgumentException("the rollback plan has no step " + number));
        List<StepState> all = steps.stream().map(s -> s == old ? change.apply(s) : s).toList();
        return new RollbackRun(sequence, startedBy, startedAt, parameters, dryRun, approvals, approvedBy, all,
                aborted);
    }
}
