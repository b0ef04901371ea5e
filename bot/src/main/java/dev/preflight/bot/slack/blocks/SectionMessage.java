package dev.preflight.bot.slack.blocks;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.CheckboxesElement;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One part of a section of the checklist, as a thread message whose checkboxes tick items. */
final class SectionMessage {

    /** Said where notes too long for the message end; the export has everything. */
    static final String MORE = " (more in `export`)";

    private final TimeFormat times;

    SectionMessage(TimeFormat times) {
        this.times = times;
    }

    Draft render(Deployment d, ChecklistLayout.Part part) {
        Section section = d.template().sections().get(part.section());
        String title = part.count() > 1
                ? section.name() + " (" + (part.index() + 1) + "/" + part.count() + ")" : section.name();
        String progress = progress(d, section.items());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain(Mrkdwn.shorten(title, Limits.HEADER_TEXT))).build());
        blocks.add(context(List.of(progress)));
        for (ChecklistLayout.Unit unit : part.units()) {
            if (unit instanceof ChecklistLayout.Heading h) {
                String name = "*" + Mrkdwn.escape(h.subsection().name()) + "*"
                        + (h.subsection().optional() ? " _(optional)_" : "");
                blocks.add(SectionBlock.builder().text(markdown(Mrkdwn.shorten(name, Limits.TEXT))).build());
            } else if (unit instanceof ChecklistLayout.Group g) {
                group(d, g.items(), blocks);
            } else {
                throw new AssertionError(unit);
            }
        }
        String text = Mrkdwn.shorten(Mrkdwn.escape(title) + ": " + progress, Limits.MESSAGE_TEXT);
        return new Draft(Optional.of(MessageKeys.section(d.id(), part.section(), part.index())), text, blocks);
    }

    private void group(Deployment d, List<Item> items, List<LayoutBlock> blocks) {
        List<OptionObject> options = new ArrayList<>();
        List<OptionObject> ticked = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Item item : items) {
            ItemView view = new ItemView(item, d.item(item.number()), times);
            OptionObject option = OptionObject.builder().text(markdown(view.label()))
                    .value(Integer.toString(item.number()))
                    .description(item.required() ? null : plain("optional"))
                    .build();
            options.add(option);
            if (view.done()) {
                ticked.add(option);
            }
            view.note().ifPresent(notes::add);
        }
        String blockId = BlockIds.items(d.id(), items.get(0).number(), items.get(items.size() - 1).number(),
                d.sequence());
        CheckboxesElement checkboxes = CheckboxesElement.builder().actionId(BlockIds.TICK_ACTION)
                .options(options).initialOptions(ticked.isEmpty() ? null : ticked).build();
        blocks.add(ActionsBlock.builder().blockId(blockId).elements(List.of(checkboxes)).build());
        List<String> chunks = TextChunks.join(notes, Limits.TEXT);
        int capacity = (ChecklistLayout.GROUP_BLOCKS - 1) * Limits.CONTEXT_ELEMENTS;
        if (chunks.size() > capacity) {
            chunks = new ArrayList<>(chunks.subList(0, capacity));
            chunks.set(capacity - 1, Mrkdwn.shorten(chunks.get(capacity - 1), Limits.TEXT - MORE.length()) + MORE);
        }
        for (int i = 0; i < chunks.size(); i += Limits.CONTEXT_ELEMENTS) {
            blocks.add(context(chunks.subList(i, Math.min(chunks.size(), i + Limits.CONTEXT_ELEMENTS))));
        }
    }

    private static String progress(Deployment d, List<Item> items) {
        long done = items.stream().filter(i -> d.item(i.number()).orElse(null) instanceof ItemState.Done).count();
        long na = items.stream().filter(i -> d.item(i.number()).orElse(null) instanceof ItemState.NotApplicable)
                .count();
        return done + " of " + items.size() + " done" + (na > 0 ? ", " + na + " not applicable" : "");
    }

    static ContextBlock context(List<String> lines) {
        List<ContextBlockElement> elements = new ArrayList<>();
        lines.forEach(l -> elements.add(markdown(l)));
        return ContextBlock.builder().elements(elements).build();
    }

    static MarkdownTextObject markdown(String text) {
        return MarkdownTextObject.builder().text(text).build();
    }

    static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }
}
