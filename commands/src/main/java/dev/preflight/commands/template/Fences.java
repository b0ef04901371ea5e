package dev.preflight.commands.template;

import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds fenced code blocks without a closing fence. CommonMark closes them silently at the end of the
 * document (or of their list item or quote), which would swallow the rest of a template.
 */
final class Fences {

    private Fences() {
    }

    static void requireClosed(Node document) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof FencedCodeBlock fence && fence.getClosingFenceLength() == null) {
                String marker = fence.getFenceCharacter().repeat(fence.getOpeningFenceLength());
                throw new TemplateException(SourceText.firstLine(fence), "this " + marker
                        + " code block is never closed; end it with a line of " + marker);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                if (child instanceof Block) {
                    pending.push(child);
                }
            }
        }
    }
}
