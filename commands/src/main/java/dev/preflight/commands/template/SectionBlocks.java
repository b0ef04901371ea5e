package dev.preflight.commands.template;

import java.util.List;

import org.commonmark.node.Node;

/** A {@code ##} heading and the top-level blocks under it, up to the next {@code ##}. */
record SectionBlocks(String written, String name, int line, List<Node> blocks) {
    SectionBlocks {
        blocks = List.copyOf(blocks);
    }
}
