package dev.preflight.commands.rollback;

import dev.preflight.commands.template.RollbackStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.preflight.commands.rollback.RollbackText.mention;

/** {@code rollback}: the plan with its exact commands, its parameters, who may run it, and the latest run. */
final class RollbackStatus {

    private RollbackStatus() {
    }

    static String describe(Snapshot s, RollbackPlan plan, Access access, ParameterRules rules,
                           RollbackSettings settings, boolean stepRunningNow) {
        if (plan.steps().isEmpty()) {
            return "This deployment's template has no rollback plan.";
        }
        List<String> lines = new ArrayList<>();
        lines.add("*Rollback plan* — " + plan.steps().size() + " steps, run one at a time in order:");
        for (RollbackStep step : plan.steps()) {
            lines.add(step.number() + ". " + step.title() + "\n    `" + plan.written(step) + "`");
        }
        lines.add(plan.parameters().isEmpty() ? "Parameters: none." : "Parameters: " + String.join(", ",
                plan.parameters().stream().map(n -> n + " (matching " + rules.pattern(n) + ")").toList()) + ".");
        lines.add("Who may open, run, skip and abort it: " + access.describe() + (settings.approvals() > 1
                ? "; a second such person must approve before any step runs." : ".")
                + " Each step may run for " + RollbackText.duration(settings.timeout()) + ".");
        plan.problem().ifPresent(lines::add);
        Optional<RollbackRun> latest = s.log().latest();
        if (latest.isEmpty() || !latest.get().open()) {
            latest.ifPresent(run -> lines.add(run(run, false)));
            lines.add("Type `rollback start " + String.join(" ", plan.parameters().stream().map(n -> n + "=<value>")
                    .toList()) + "` to open a rollback; add `--dry-run` to see every command filled in without "
                    + "running anything.");
            return RollbackText.lines(lines);
        }
        RollbackRun run = latest.get();
        lines.add(run(run, stepRunningNow));
        StepState current = run.current().orElseThrow();
        boolean interrupted = current.status() == StepState.Status.RUNNING && !stepRunningNow;
        if (run.approvalsMissing() > 0) {
            lines.add("Waiting for approval: someone other than " + mention(run.startedBy()) + " types `rollback"
                    + " approve`.");
        }
        lines.add(RollbackText.next(plan, run, current, interrupted));
        return RollbackText.lines(lines);
    }

    private static String run(RollbackRun run, boolean stepRunningNow) {
        List<String> lines = new ArrayList<>();
        String state = run.aborted().map(a -> "aborted by " + mention(a.by()) + RollbackText.reason(a.reason()))
                .orElse(run.open() ? "open" : "complete");
        lines.add("*" + (run.dryRun() ? "Dry run" : "Rollback") + "* opened by " + mention(run.startedBy())
                + " with " + RollbackText.parameters(run.parameters(), run.parameters().keySet().stream().sorted()
                .toList()) + " — " + state + (run.approvedBy().isEmpty() ? "" : ", approved by "
                + String.join(", ", run.approvedBy().stream().map(RollbackText::mention).toList())) + ":");
        for (StepState step : run.steps()) {
            boolean interrupted = step.status() == StepState.Status.RUNNING && !(stepRunningNow && run.open());
            lines.add(RollbackText.status(step, interrupted));
        }
        return RollbackText.lines(lines);
    }
}
