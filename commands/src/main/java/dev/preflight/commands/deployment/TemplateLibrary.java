package dev.preflight.commands.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /** A fixed library: {@code sources} maps each name to its Markdown; {@code defaultName} must be one of them. */
    static TemplateLibrary of(String defaultName, Map<String, String> sources) {
        Map<String, String> copy = new TreeMap<>(sources);
        if (!copy.containsKey(defaultName)) {
            throw new IllegalArgumentException("the default template " + defaultName + " is not among " + copy.keySet());
        }
        return new TemplateLibrary() {
            @Override
            public String defaultName() {
                return defaultName;
            }

            @Override
            public Optional<Source> find(String name) {
                return Optional.ofNullable(copy.get(name)).map(markdown -> new Source(name, markdown));
            }

            @Override
            public List<String> names() {
                return List.copyOf(copy.keySet());
            }
        };
    }

    /** A template's name and its Markdown source. */
    record Source(String name, String markdown) {
        public Source {
            if (name == null || name.isBlank() || markdown == null) {
                throw new IllegalArgumentException("a template source needs a name and Markdown");
            }
        }
    }
}
