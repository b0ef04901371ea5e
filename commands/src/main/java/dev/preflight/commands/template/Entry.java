package dev.preflight.commands.template;

import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of one list item: its step number (0 in a bullet list), whether it starts with a
 * checkbox ({@code [ ]}, {@code [x]} or {@code [X]}), and its text after the box. Further lines and nested
 * content of the item are notes, which the model does not read. An item that does not start with text
 * (a code block, a quote, nothing) has empty text.
 */
record Entry(int line, int step, boolean boxed, String text) {
    private static final Pattern BOX = Pattern.compile("^\\[[ xX]\\](?:[ \\t]+(.*))?$");
    private static final Pattern STEP = Pattern.compile("^[ \\t]*(\\d{1,9})");

    static Entry of(ListItem item, SourceText source) {
        int step = 0;
        if (item.getParent() instanceof OrderedList) {
            Matcher m = STEP.matcher(source.firstSpan(item));
            step = m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph || first instanceof Heading)) {
            return new Entry(SourceText.firstLine(item), step, false, "");
        }
        String text = source.firstSpan(first).strip();
        Matcher box = BOX.matcher(text);
        if (box.matches()) {
            return new Entry(SourceText.firstLine(first), step, true, box.group(1) == null ? "" : box.group(1).strip());
        }
        return new Entry(SourceText.firstLine(first), step, false, text);
    }

    /** The lines of the items of {@code block} that start with a checkbox; none when it is not a list. */
    static List<Integer> boxedLines(Node block, SourceText source) {
        List<Integer> lines = new ArrayList<>();
        if (block instanceof ListBlock list) {
            for (Node item : Blocks.children(list)) {
                Entry entry = of((ListItem) item, source);
                if (entry.boxed()) {
                    lines.add(entry.line());
                }
            }
        }
        return lines;
    }
}
