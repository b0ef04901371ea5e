package dev.preflight.commands.template;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * The template's lines, split as CommonMark splits them ({@code \n}, {@code \r\n} or {@code \r}), so that
 * the source spans of parsed nodes point into them. Line numbers here are 1-based.
 */
final class SourceText {
    private final List<String> lines;

    SourceText(String text) {
        List<String> split = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                split.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        split.add(text.substring(start));
        this.lines = List.copyOf(split);
    }

    static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    int lineCount() {
        return lines.size();
    }

    String line(int number) {
        return lines.get(number - 1);
    }

    /** The text of the node's first source span: its first line, from where the node starts. */
    String firstSpan(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? "" : span(spans.get(0));
    }

    /** The text of each source span of the node, one per line. */
    List<String> spans(Node node) {
        return node.getSourceSpans().stream().map(this::span).toList();
    }

    /** Whole lines {@code from..to} (inclusive) joined with {@code \n}. */
    String lines(int from, int to) {
        return String.join("\n", lines.subList(from - 1, to));
    }

    /**
     * Top-level blocks as written. Blocks that follow each other with only blank lines between keep those
     * lines; where something else stood between them (a title, a version line), they are joined by one
     * blank line.
     */
    String verbatim(List<Node> blocks) {
        List<String> runs = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= blocks.size(); i++) {
            if (i == blocks.size() || !onlyBlankBetween(lastLine(blocks.get(i - 1)), firstLine(blocks.get(i)))) {
                runs.add(lines(firstLine(blocks.get(from)), lastLine(blocks.get(i - 1))));
                from = i;
            }
        }
        return String.join("\n\n", runs);
    }

    private boolean onlyBlankBetween(int before, int after) {
        for (int line = before + 1; line < after; line++) {
            String text = line(line);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                    return false;
                }
            }
        }
        return true;
    }

    /** The whole lines a top-level block spans, as written. */
    String block(Node node) {
        return lines(firstLine(node), lastLine(node));
    }

    private String span(SourceSpan span) {
        String line = lines.get(span.getLineIndex());
        int from = Math.min(span.getColumnIndex(), line.length());
        return line.substring(from, Math.min(line.length(), from + span.getLength()));
    }
}
