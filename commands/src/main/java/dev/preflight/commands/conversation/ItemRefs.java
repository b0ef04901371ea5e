package dev.preflight.commands.conversation;

import java.util.List;

import static dev.preflight.commands.conversation.InvalidCommand.require;

/** Which items a command is about, as typed: numbers and ranges, or a name or piece of text. */
sealed interface ItemRefs {

    /** {@code 3 5 7-9}. */
    record Numbers(List<Span> spans) implements ItemRefs {
        public Numbers {
            spans = List.copyOf(spans);
            require(!spans.isEmpty(), "Say which items: tick 3 5 7-9");
        }
    }

    /** A subsection or section name, or a piece of one item's text. */
    record Named(String text) implements ItemRefs {
        public Named {
            require(!text.isBlank(), "Say which items: tick 3 5 7-9, tick Code Quality or tick file uploads");
        }
    }

    /** {@code 7-9}, or {@code 5} as {@code 5-5}. */
    record Span(int first, int last) {
        public Span {
            require(first >= 1, "Items are numbered from 1; type status to see them.");
            require(first <= last, "Write ranges low to high: " + last + "-" + first + ", not " + first + "-" + last + ".");
        }
    }
}
