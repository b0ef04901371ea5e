package dev.preflight.commands.template;

import java.util.List;
import java.util.Optional;

/**
 * A parsed checklist template: the deployment items grouped in sections, and everything else the
 * checklist carries (rollback plan, monitoring commands, maintenance tasks, sign-off roles, environment).
 * Immutable; equal templates export to the same Markdown.
 */
public record Template(
        String title,
        String preamble,
        List<Section> sections,
        List<EnvVariable> environment,
        List<MonitoringCommand> monitoring,
        List<RollbackStep> rollback,
        List<MaintenanceTask> maintenance,
        List<SignOffRole> roles,
        String lastUpdated,
        String version) {

    public Template {
        sections = List.copyOf(sections);
        environment = List.copyOf(environment);
        monitoring = List.copyOf(monitoring);
        rollback = List.copyOf(rollback);
        maintenance = List.copyOf(maintenance);
        roles = List.copyOf(roles);
    }

    /** Every deployment item in document order; item {@code n} is at index {@code n - 1}. */
    public List<Item> items() {
        return sections.stream()
                .flatMap(s -> s.subsections().stream())
                .flatMap(sub -> sub.items().stream())
                .toList();
    }

    public Optional<Item> item(int number) {
        List<Item> all = items();
        return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
    }

    public Optional<SignOffRole> role(String slug) {
        return roles.stream().filter(r -> r.slug().equals(slug)).findFirst();
    }
}
