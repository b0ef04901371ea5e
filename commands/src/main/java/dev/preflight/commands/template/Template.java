package dev.preflight.commands.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed checklist template: the deployment items grouped in sections, and everything else the
 * checklist carries (rollback plan, monitoring commands, maintenance tasks, sign-off roles, environment).
 * Immutable; equal templates export to the same Markdown.
 *
 * <p>{@code lastUpdated} and {@code version} are empty when the template does not say. {@code intros}
 * holds the prose written at the top of a {@link Part} (e.g. "If something goes wrong:"), and
 * {@code footer} the Markdown that follows the version line at the end; both are kept only so that export
 * reproduces the template's shape.
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
        String version,
        Map<Part, String> intros,
        String footer) {

    public Template {
        Lines.requireOneLine("title", title);
        Objects.requireNonNull(preamble, "preamble");
        sections = List.copyOf(sections);
        environment = List.copyOf(environment);
        monitoring = List.copyOf(monitoring);
        rollback = List.copyOf(rollback);
        maintenance = List.copyOf(maintenance);
        roles = List.copyOf(roles);
        Lines.requireOneLine("last updated", lastUpdated);
        Lines.requireOneLine("version", version);
        intros = Map.copyOf(intros);
        Objects.requireNonNull(footer, "footer");
        if (intros.values().stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("an intro is never empty; leave the part out instead");
        }
        if (!footer.isEmpty() && lastUpdated.isEmpty() && version.isEmpty()) {
            throw new IllegalArgumentException("a footer follows the version line; there is none");
        }
        requireNumberedInOrder(sections);
    }

    /** A template without intros or footer. */
    public Template(String title, String preamble, List<Section> sections, List<EnvVariable> environment,
            List<MonitoringCommand> monitoring, List<RollbackStep> rollback, List<MaintenanceTask> maintenance,
            List<SignOffRole> roles, String lastUpdated, String version) {
        this(title, preamble, sections, environment, monitoring, rollback, maintenance, roles, lastUpdated,
                version, new EnumMap<>(Part.class), "");
    }

    /** Every deployment item in document order; item {@code n} is at index {@code n - 1}. */
    public List<Item> items() {
        List<Item> all = new ArrayList<>();
        for (Section section : sections) {
            for (Subsection subsection : section.subsections()) {
                all.addAll(subsection.items());
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** Item {@code number}, found without listing them all: items are numbered 1, 2, 3... in document order. */
    public Optional<Item> item(int number) {
        int before = 0;
        for (Section section : sections) {
            for (Subsection subsection : section.subsections()) {
                List<Item> items = subsection.items();
                if (number - before <= items.size()) {
                    return number > before ? Optional.of(items.get(number - before - 1)) : Optional.empty();
                }
                before += items.size();
            }
        }
        return Optional.empty();
    }

    /** How many items are required. */
    public int requiredCount() {
        int required = 0;
        for (Section section : sections) {
            for (Subsection subsection : section.subsections()) {
                for (Item item : subsection.items()) {
                    if (item.required()) {
                        required++;
                    }
                }
            }
        }
        return required;
    }

    public Optional<SignOffRole> role(String slug) {
        return roles.stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    public Optional<MonitoringCommand> monitoringCommand(String slug) {
        return monitoring.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** The prose at the top of {@code part}, or empty. */
    public String intro(Part part) {
        return intros.getOrDefault(part, "");
    }

    private static void requireNumberedInOrder(List<Section> sections) {
        int expected = 1;
        for (Section section : sections) {
            for (Item item : section.items()) {
                if (item.number() != expected++) {
                    throw new IllegalArgumentException("item " + item.number() + " should be numbered "
                            + (expected - 1) + ": items are numbered 1..N in document order");
                }
            }
        }
    }
}
