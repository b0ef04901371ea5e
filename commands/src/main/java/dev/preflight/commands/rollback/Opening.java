package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.template.RollbackStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.preflight.commands.rollback.Ledger.whisper;
import static dev.preflight.commands.rollback.RollbackText.mention;

/** {@code rollback start}: checks the plan and every parameter value before a run is opened. */
final class Opening {

    private final Snapshot snapshot;
    private final Engine engine;
    private final ParameterRules rules;

    Opening(Snapshot snapshot, Engine engine, ParameterRules rules) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.rules = rules;
    }

    Ledger.Decision open(String user, Map<String, String> values, boolean dryRun) {
        RollbackPlan plan = engine.plan(snapshot.deployment());
        if (plan.steps().isEmpty()) {
            return whisper("This deployment's template has no rollback plan.");
        }
        Optional<RollbackRun> open = snapshot.log().open();
        if (open.isPresent()) {
            return whisper("A rollback is open already (opened by " + mention(open.get().startedBy()) + "). Go on"
                    + " with `rollback run`, or `rollback abort` it before opening another.");
        }
        Optional<String> problem = plan.problem().or(() -> parameterProblem(plan.parameters(), values));
        if (problem.isPresent()) {
            return whisper(problem.get());
        }
        int approvals = dryRun ? 1 : engine.settings.approvals();
        return new Ledger.Append(List.of(new DeploymentEvent.RollbackStarted(values, dryRun, approvals)),
                seq -> List.of(new Reply.Say(opened(plan, user, values, dryRun, approvals))));
    }

    private Optional<String> parameterProblem(Set<String> needed, Map<String, String> values) {
        String usage = "Type `rollback start " + String.join(" ", needed.stream().map(n -> n + "=<value>").toList())
                + "`" + (needed.isEmpty() ? "" : ", each value matching its pattern (`rollback` lists them)") + ".";
        for (String name : values.keySet()) {
            if (!needed.contains(name)) {
                return Optional.of("The rollback plan takes no parameter "
                        + (name.matches("[A-Za-z0-9_-]{1,40}") ? "`" + name + "`" : "by that name") + ". " + usage);
            }
        }
        List<String> missing = needed.stream().filter(n -> !values.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            return Optional.of("The rollback plan needs " + String.join(", ", missing) + ". " + usage);
        }
        for (String name : needed) {
            Optional<String> p = rules.problem(name, values.get(name));
            if (p.isPresent()) {
                return Optional.of("Refused: " + p.get() + " Nothing was run.");
            }
        }
        return Optional.empty();
    }

    private String opened(RollbackPlan plan, String user, Map<String, String> values, boolean dryRun,
                          int approvals) {
        List<String> lines = new ArrayList<>();
        String with = RollbackText.parameters(values, plan.parameters());
        if (dryRun) {
            lines.add("Dry run opened by " + mention(user) + " with " + with + ". Nothing will be executed;"
                    + " each step would run exactly this:");
            for (RollbackStep step : plan.steps()) {
                lines.add(step.number() + ". " + step.title() + "\n    `$ " + plan.shown(step, values) + "`");
            }
        } else {
            lines.add("Rollback opened by " + mention(user) + " with " + with + ". Each step runs only when"
                    + " someone with " + engine.access.describe() + " confirms it; a failed step stops the run.");
        }
        if (approvals > 1) {
            lines.add("Two-person rule: before any step runs, someone other than " + mention(user) + " with "
                    + engine.access.describe() + " must type `rollback approve`.");
        }
        RollbackRun run = engine.ledger.snapshot(snapshot.id()).log().open().orElseThrow();
        lines.add(RollbackText.next(plan, run, run.current().orElseThrow(), false));
        return RollbackText.lines(lines);
    }
}
