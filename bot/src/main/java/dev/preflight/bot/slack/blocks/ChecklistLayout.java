package dev.preflight.bot.slack.blocks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.Subsection;
import dev.preflight.commands.template.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * How a template's sections are cut into thread messages: a message per section, or several when a section
 * would need more than 50 blocks; items in groups of at most 10 checkboxes. The cut depends on the template
 * alone and counts every block a part can ever need, so a message posted once can always be updated in place.
 */
record ChecklistLayout(List<Part> parts) {

    /** Blocks every part has: its title and its progress line. */
    static final int FIXED_BLOCKS = 2;
    /**
     * Blocks a group may need: its checkboxes and up to two context blocks of notes saying who did what (20
     * pieces of 3,000 characters: room for ten long items with reasons as long as a command may be).
     */
    static final int GROUP_BLOCKS = 3;

    /** Layouts of the templates in use, by identity: the store hands every deployment of a template the same one. */
    private static final Cache<Template, ChecklistLayout> LAYOUTS = Caffeine.newBuilder().weakKeys()
            .maximumSize(256).build();

    ChecklistLayout {
        parts = List.copyOf(parts);
    }

    static ChecklistLayout of(Template template) {
        return LAYOUTS.get(template, ChecklistLayout::cutInParts);
    }

    private static ChecklistLayout cutInParts(Template template) {
        List<Part> parts = new ArrayList<>();
        List<Section> sections = template.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<List<Unit>> cut = cut(sections.get(s));
            for (int p = 0; p < cut.size(); p++) {
                parts.add(new Part(s, p, cut.size(), cut.get(p)));
            }
        }
        return new ChecklistLayout(parts);
    }

    private static List<List<Unit>> cut(Section section) {
        List<List<Unit>> messages = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        int budget = Limits.BLOCKS_PER_MESSAGE - FIXED_BLOCKS;
        int used = 0;
        for (Subsection sub : section.subsections()) {
            boolean headed = !sub.name().isBlank();
            List<List<Item>> groups = groups(sub.items());
            for (int g = 0; g < Math.max(groups.size(), 1); g++) {
                List<Unit> units = new ArrayList<>();
                if (g == 0 && headed) {
                    units.add(new Heading(sub));
                }
                if (!groups.isEmpty()) {
                    units.add(new Group(groups.get(g)));
                }
                int cost = units.stream().mapToInt(Unit::blocks).sum();
                if (used + cost > budget && !current.isEmpty()) {
                    messages.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                current.addAll(units);
                used += cost;
            }
        }
        if (!current.isEmpty() || messages.isEmpty()) {
            messages.add(current);
        }
        return messages;
    }

    private static List<List<Item>> groups(List<Item> items) {
        List<List<Item>> groups = new ArrayList<>();
        for (int i = 0; i < items.size(); i += Limits.OPTIONS_PER_CHECKBOXES) {
            groups.add(items.subList(i, Math.min(items.size(), i + Limits.OPTIONS_PER_CHECKBOXES)));
        }
        return groups;
    }

    /** One thread message: part {@code index} of {@code count} of section {@code section} (0-based). */
    record Part(int section, int index, int count, List<Unit> units) {
        Part {
            units = List.copyOf(units);
        }

        List<Item> items() {
            return units.stream().filter(u -> u instanceof Group).flatMap(u -> ((Group) u).items().stream())
                    .toList();
        }
    }

    sealed interface Unit {
        int blocks();
    }

    /** The title of a subsection. */
    record Heading(Subsection subsection) implements Unit {
        @Override
        public int blocks() {
            return 1;
        }
    }

    /** Up to ten consecutive items of one subsection, shown as one checkboxes element. */
    record Group(List<Item> items) implements Unit {
        Group {
            items = List.copyOf(items);
        }

        @Override
        public int blocks() {
            return GROUP_BLOCKS;
        }
    }
}
