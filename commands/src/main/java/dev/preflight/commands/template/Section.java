package dev.preflight.commands.template;

import java.util.List;

/** A {@code ##} section of deployment items, e.g. "Security Checklist". */
public record Section(String name, List<Subsection> subsections) {
    public Section {
        subsections = List.copyOf(subsections);
    }

    public List<Item> items() {
        return subsections.stream().flatMap(s -> s.items().stream()).toList();
    }
}
