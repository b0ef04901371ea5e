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
     * Splits off the paragraphs a part starts with: its intro, kept as written (paragraphs joined by a
     * blank line). Ignorable blocks in between are dropped.
     */
    static Intro intro(List<Node> blocks, SourceText source) {
        List<String> paragraphs = new ArrayList<>();
        List<Node> rest = new ArrayList<>();
        for (Node block : blocks) {
            if (rest.isEmpty() && block instanceof Paragraph) {
                paragraphs.add(source.block(block));
            } else if (!ignorable(block)) {
                rest.add(block);
            }
        }
        return new Intro(String.join("\n\n", paragraphs), rest);
    }

    record NumberedLine(int number, String text) {
    }

    record Intro(String text, List<Node> rest) {
    }
}
