package dev.preflight.commands.rollback;

import dev.preflight.commands.template.RollbackStep;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A template's rollback steps with the settings that turn them into commands: the prefix and the redactor. */
final class RollbackPlan {

    private final List<RollbackStep> steps;
    private final List<String> prefix;
    private final Redactor redactor;

    RollbackPlan(List<RollbackStep> steps, List<String> prefix, Redactor redactor) {
        this.steps = List.copyOf(steps);
        this.prefix = List.copyOf(prefix);
        this.redactor = redactor;
    }

    List<RollbackStep> steps() {
        return steps;
    }

    Redactor redactor() {
        return redactor;
    }

    /** Every parameter some step needs, in the order the steps first mention them. */
    Set<String> parameters() {
        Set<String> names = new LinkedHashSet<>();
        steps.forEach(s -> names.addAll(s.parameters()));
        return names;
    }

    /** The first step that cannot be filled in safely, as a line for the reader. */
    Optional<String> problem() {
        for (RollbackStep s : steps) {
            Optional<String> p = template(s).problem();
            if (p.isPresent()) {
                return Optional.of("Step " + s.number() + " of the rollback plan cannot run safely: " + p.get()
                        + ". Fix the template.");
            }
        }
        return Optional.empty();
    }

    StepCommand command(RollbackStep step, Map<String, String> values) {
        return template(step).fill(values, prefix);
    }

    /** The command exactly as it would run, secrets hidden, for showing and for the audit log. */
    String shown(RollbackStep step, Map<String, String> values) {
        return redactor.redact(command(step, values).line());
    }

    /** The command as the template writes it, secrets hidden. */
    String written(RollbackStep step) {
        return redactor.redact(step.command().strip());
    }

    private static CommandTemplate template(RollbackStep step) {
        return new CommandTemplate(step.command(), step.parameters());
    }
}
