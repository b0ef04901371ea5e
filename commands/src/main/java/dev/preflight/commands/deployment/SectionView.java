package dev.preflight.commands.deployment;

import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.Subsection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checklist of one section as lines of text: a line per subsection heading and a line per item with its
 * number, its box, its text and, once closed, who closed it when (or why it does not apply).
 */
public final class SectionView {

    public static final String OPEN = "☐";
    public static final String DONE = "☑";
    public static final String NOT_APPLICABLE = "⊘";

    private SectionView() {
    }

    /** {@code Security Checklist · 12/33}. */
    public static String heading(Deployment d, int sectionIndex) {
        Section section = d.template().sections().get(sectionIndex);
        List<Item> items = section.items();
        long closed = items.stream().filter(i -> d.items().containsKey(i.number())).count();
        return section.name() + " · " + closed + "/" + items.size();
    }

    /** Every line of the section: {@code ▸ Code Quality}, then {@code 3. ☑ Review all TODO comments — <@U1> 10:02}. */
    public static List<String> lines(Deployment d, int sectionIndex, TimeFormat times) {
        List<String> lines = new ArrayList<>();
        for (Subsection sub : d.template().sections().get(sectionIndex).subsections()) {
            if (!sub.name().isEmpty()) {
                boolean saysSo = sub.name().toLowerCase(Locale.ROOT).contains("optional");
                lines.add("▸ " + sub.name() + (sub.optional() && !saysSo ? " (optional)" : ""));
            }
            for (Item item : sub.items()) {
                lines.add(itemLine(d, item, times));
            }
        }
        return List.copyOf(lines);
    }

    /** {@code 3. ☐ text}, {@code 3. ☑ text — <@U1> 10:02} or {@code 3. ⊘ text — N/A: reason (<@U1> 10:02)}. */
    public static String itemLine(Deployment d, Item item, TimeFormat times) {
        String head = item.number() + ". ";
        ItemState state = d.items().get(item.number());
        if (state == null) {
            return head + OPEN + " " + item.text();
        }
        String whoWhen = Mention.of(state.by()) + " " + times.format(state.at());
        if (state instanceof ItemState.NotApplicable na) {
            return head + NOT_APPLICABLE + " " + item.text() + " — N/A: " + na.reason() + " (" + whoWhen + ")";
        }
        return head + DONE + " " + item.text() + " — " + whoWhen;
    }

    /** The index of the section that holds item {@code number}. */
    public static int indexOf(Deployment d, int number) {
        List<Section> sections = d.template().sections();
        for (int i = 0; i < sections.size(); i++) {
            for (Item item : sections.get(i).items()) {
                if (item.number() == number) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("no item " + number + " in " + d.templateName());
    }
}
