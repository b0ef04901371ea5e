package dev.preflight.storage.deployment;

import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.Subsection;
import dev.preflight.commands.template.Template;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A stand-in for the Markdown parser: the "source" is just a title, and every template has five required
 * items and a QA sign-off. Counts how often it was asked to parse.
 */
final class TinyTemplates implements Function<String, Template> {

    static final int ITEMS = 5;

    private final AtomicInteger parsed = new AtomicInteger();

    @Override
    public Template apply(String source) {
        parsed.incrementAndGet();
        return build(source);
    }

    int parsed() {
        return parsed.get();
    }

    static Template build(String title) {
        List<Item> items = IntStream.rangeClosed(1, ITEMS)
                .mapToObj(n -> new Item(n, n, "Step " + n, true, "Checks", "Before"))
                .toList();
        Section checks = new Section("Checks", List.of(new Subsection("Before", "Before", false, items)));
        return new Template(title, "", List.of(checks), List.of(), List.of(), List.of(), List.of(),
                List.of(new SignOffRole("qa", "QA")), "2024-05-01", "1.0");
    }
}
