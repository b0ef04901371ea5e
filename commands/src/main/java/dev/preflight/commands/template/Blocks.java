package dev.preflight.commands.template;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;

/** What the section readers share: blocks that mean nothing to the model, and leading prose. */
final class Blocks {

    private Blocks() {
    }

    static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /** Separators, link definitions and HTML comments: fine anywhere, never read. */
    static boolean ignorable(Node block) {
        return block instanceof ThematicBreak || block instanceof LinkReferenceDefinition
                || block instanceof HtmlBlock html && html.getLiteral().stripLeading().startsWith("<!--");
    }

    static boolean isCode(Node block) {
        return block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock;
    }

    /** The literal lines of a code block, each with its line number. */
    static List<NumberedLine> codeLines(Node block) {
        String literal = block instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) block).getLiteral();
        int first = SourceText.firstLine(block) + (block instanceof FencedCodeBlock ? 1 : 0);
        List<NumberedLine> lines = new ArrayList<>();
        String[] split = literal.split("\n", -1);
        int count = literal.isEmpty() || literal.endsWith("\n") ? split.length - 1 : split.length;
        for (int i = 0; i < count; i++) {
            lines.add(new NumberedLine(first + i, split[i]));
        }
        return lines;
    }

    /**
     * Splits off the paragraphs a part starts with: its intro, kept as written. The other blocks follow,
     * without the ignorable ones.
     */
    static Intro intro(List<Node> blocks, SourceText source) {
        int end = 0;
        for (int i = 0; i < blocks.size() && (blocks.get(i) instanceof Paragraph || ignorable(blocks.get(i))); i++) {
            if (blocks.get(i) instanceof Paragraph) {
                end = i + 1;
            }
        }
        List<Node> rest = blocks.subList(end, blocks.size()).stream().filter(b -> !ignorable(b)).toList();
        return new Intro(end == 0 ? "" : source.verbatim(blocks.subList(0, end)), rest);
    }

    record NumberedLine(int number, String text) {
    }

    record Intro(String text, List<Node> rest) {
    }
}
