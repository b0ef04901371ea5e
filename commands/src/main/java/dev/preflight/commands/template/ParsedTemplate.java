package dev.preflight.commands.template;

import java.util.List;
import java.util.Objects;

/** A usable template and what the parser had to leave out of it, in line order. */
public record ParsedTemplate(Template template, List<TemplateWarning> warnings) {
    public ParsedTemplate {
        Objects.requireNonNull(template, "template");
        warnings = List.copyOf(warnings);
    }
}
