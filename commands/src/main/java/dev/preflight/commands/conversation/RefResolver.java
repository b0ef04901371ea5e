package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.ItemNumbers;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.Subsection;
import dev.preflight.commands.template.Template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the items a reference means in a template: numbers and ranges; a subsection or section by name
 * ({@code Performance Optimization / Database} when a name is used twice); else a piece of exactly one item's text.
 */
final class RefResolver {

    static final int SHOWN_CANDIDATES = 10;

    private RefResolver() {
    }

    /** What a reference came to. */
    sealed interface Resolution {
        /** The items meant, in number order. */
        record Items(List<Item> items) implements Resolution {
            public Items {
                items = List.copyOf(items);
            }
        }

        /** Nothing or more than one thing matched; {@code message} says what to type instead. */
        record Refused(String message) implements Resolution {
        }
    }

    /** {@code verb} is what the user typed it for, to give examples they can copy. */
    static Resolution resolve(Template template, ItemRefs refs, String verb) {
        if (refs instanceof ItemRefs.Numbers numbers) {
            return byNumbers(template, numbers);
        }
        if (refs instanceof ItemRefs.Named named) {
            return byName(template, named.text(), verb);
        }
        throw new AssertionError("unknown reference " + refs);
    }

    private static Resolution byNumbers(Template template, ItemRefs.Numbers numbers) {
        int count = template.items().size();
        TreeSet<Integer> wanted = new TreeSet<>();
        for (ItemRefs.Span span : numbers.spans()) {
            if (span.last() > count) {
                int missing = span.first() > count ? span.first() : span.last();
                return new Resolution.Refused("There is no item " + missing + ": items run from 1 to " + count
                        + ". Type status to see what is open.");
            }
            for (int n = span.first(); n <= span.last(); n++) {
                wanted.add(n);
            }
        }
        return new Resolution.Items(wanted.stream().map(n -> template.items().get(n - 1)).toList());
    }

    private static Resolution byName(Template template, String text, String verb) {
        Map<String, List<Item>> groups = groups(template, text);
        if (groups.size() == 1) {
            return new Resolution.Items(groups.values().iterator().next());
        }
        if (groups.size() > 1) {
            List<String> lines = new ArrayList<>();
            lines.add("\"" + text + "\" names " + groups.size() + " parts of the checklist; nothing was changed. Say which:");
            groups.forEach((label, items) -> lines.add("  " + label + ": " + verb + " "
                    + ItemNumbers.compact(items.stream().map(Item::number).toList())));
            lines.add("or name it with its section: " + verb + " " + groups.keySet().iterator().next());
            return new Resolution.Refused(String.join("\n", lines));
        }
        String fragment = normalize(text);
        List<Item> matches = template.items().stream().filter(i -> normalize(i.text()).contains(fragment)).toList();
        if (matches.size() == 1) {
            return new Resolution.Items(matches);
        }
        if (matches.isEmpty()) {
            return new Resolution.Refused("No item, subsection or section matches \"" + text
                    + "\"; type status to see the open items, or give numbers: " + verb + " 12");
        }
        List<String> lines = new ArrayList<>();
        lines.add("\"" + text + "\" matches " + matches.size() + " items; nothing was changed. Give the number, e.g. "
                + verb + " " + matches.get(0).number() + ":");
        matches.stream().limit(SHOWN_CANDIDATES).forEach(i -> lines.add("  " + i.number() + ". " + i.text()));
        if (matches.size() > SHOWN_CANDIDATES) {
            lines.add("  … and " + (matches.size() - SHOWN_CANDIDATES) + " more");
        }
        return new Resolution.Refused(String.join("\n", lines));
    }

    /** Subsections and sections called {@code text}, by their "Section / Subsection" label. */
    private static Map<String, List<Item>> groups(Template template, String text) {
        String[] parts = text.split("\\s+[/>›]\\s+", 2);
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        for (Section section : template.sections()) {
            boolean qualified = parts.length == 2;
            if (!qualified && sameName(section.name(), text)) {
                groups.putIfAbsent(section.name(), section.items());
            }
            for (Subsection sub : section.subsections()) {
                boolean matches = qualified
                        ? sameName(section.name(), parts[0]) && sameName(sub.name(), parts[1])
                        : sameName(sub.name(), text);
                if (matches && !sub.items().isEmpty() && !groups.containsValue(sub.items())) {
                    groups.put(section.name() + " / " + sub.name(), sub.items());
                }
            }
        }
        return groups;
    }

    /** Equal when normalized, also without a trailing "(Optional)": {@code Analytics} names "Analytics (Optional)". */
    private static boolean sameName(String name, String typed) {
        if (name.isBlank()) {
            return false;
        }
        String wanted = normalize(typed);
        return normalize(name).equals(wanted) || normalize(name).replaceFirst("\\s*\\(optional\\)$", "").equals(wanted);
    }

    /** Lower case, without backticks and decorations, with single spaces. */
    static String normalize(String text) {
        return text.replace("`", "").replace("✅", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
