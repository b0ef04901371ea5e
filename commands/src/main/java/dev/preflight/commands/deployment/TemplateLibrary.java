package dev.preflight.commands.deployment;

import java.util.List;
import java.util.Optional;

/**
 * The checklist templates a deployment can start from, by name. Implementations offer only sources that parse;
 * a deployment keeps a snapshot of the source, so later edits to a template never change it.
 */
public interface TemplateLibrary {

    /** The template used when {@code start} is given no {@code --template}. */
    String defaultName();

    /** The template called {@code name}, if there is one. */
    Optional<Source> find(String name);

    /** Every template's name, for messages that list them. */
    List<String> names();

    /** A template's name and its Markdown source. */
    record Source(String name, String markdown) {
        public Source {
            if (name == null || name.isBlank() || markdown == null) {
                throw new IllegalArgumentException("a template source needs a name and Markdown");
            }
        }
    }
}
