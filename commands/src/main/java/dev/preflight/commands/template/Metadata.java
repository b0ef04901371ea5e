package dev.preflight.commands.template;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code **Last Updated:** ...} and {@code **Version:** ...} lines, and the footer: whatever follows
 * the last of them at the end of the template, kept as written and not read.
 */
record Metadata(String lastUpdated, String version, List<Node> paragraphs, List<Node> footerBlocks, String footer) {
    private static final Pattern LINE = Pattern.compile(
            "^\\s*\\*\\*\\s*(last updated|version)\\s*(?::\\s*\\*\\*|\\*\\*\\s*:)\\s*(\\S.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    static Metadata read(List<Node> blocks, SourceText source, Warnings warnings) {
        String[] values = {"", ""};
        List<Node> paragraphs = new ArrayList<>();
        for (Node block : blocks) {
            if (block instanceof Paragraph && isMetadata(block, source)) {
                paragraphs.add(block);
                for (int line = SourceText.firstLine(block); line <= SourceText.lastLine(block); line++) {
                    Matcher m = LINE.matcher(source.line(line));
                    m.matches();
                    int key = m.group(1).equalsIgnoreCase("version") ? 1 : 0;
                    if (values[key].isEmpty()) {
                        values[key] = m.group(2);
                    } else {
                        warnings.add(line, "the template already says " + m.group(1) + " \"" + values[key]
                                + "\"; this line is ignored");
                    }
                }
            }
        }
        List<Node> footer = footerBlocks(blocks, paragraphs);
        for (Node block : footer) {
            warnBoxes(block, source, warnings);
        }
        String text = footer.isEmpty() ? "" : source.lines(SourceText.firstLine(footer.get(0)),
                SourceText.lastLine(footer.get(footer.size() - 1))).stripTrailing();
        return new Metadata(values[0], values[1], paragraphs, footer, text);
    }

    private static boolean isMetadata(Node paragraph, SourceText source) {
        for (int line = SourceText.firstLine(paragraph); line <= SourceText.lastLine(paragraph); line++) {
            if (!LINE.matcher(source.line(line)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The blocks after the last metadata paragraph, when no heading of a section or subsection follows it. */
    private static List<Node> footerBlocks(List<Node> blocks, List<Node> paragraphs) {
        if (paragraphs.isEmpty()) {
            return List.of();
        }
        List<Node> after = blocks.subList(blocks.indexOf(paragraphs.get(paragraphs.size() - 1)) + 1, blocks.size());
        boolean headingFollows = after.stream().anyMatch(b -> b instanceof Heading h && h.getLevel() <= 3);
        return headingFollows ? List.of() : List.copyOf(after);
    }

    private static void warnBoxes(Node block, SourceText source, Warnings warnings) {
        for (int line : Entry.boxedLines(block, source)) {
            warnings.add(line, "this checkbox follows the **Version:** line at the end, so it is kept as footer"
                    + " text, not read as an item; move it above");
        }
    }
}
