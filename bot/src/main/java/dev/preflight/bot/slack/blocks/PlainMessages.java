package dev.preflight.bot.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.preflight.bot.slack.blocks.SectionMessage.markdown;

/**
 * A text the bot says, as one message or, when it is long, several: sections of at most 3,000 characters,
 * at most twelve to a message so that the notification text stays under Slack's 40,000.
 */
public final class PlainMessages {

    static final int SECTIONS_PER_MESSAGE = 12;

    private PlainMessages() {
    }

    /** {@code text} (the core's text: shown as typed, user mentions as names) as messages in reading order. */
    public static List<Draft> of(String text) {
        String escaped = Mrkdwn.escapeKeepingMentions(text.isBlank() ? "(nothing to say)" : text);
        return messages(TextChunks.split(escaped, Limits.TEXT));
    }

    /** A file's content shown as preformatted text under its name, in as many messages as it takes. */
    public static List<Draft> document(String fileName, String content) {
        List<String> pieces = new ArrayList<>();
        pieces.add("*" + Mrkdwn.escape(fileName) + "*");
        String fence = "```";
        for (String piece : TextChunks.split(Mrkdwn.escape(content.isEmpty() ? " " : content),
                Limits.TEXT - 2 * fence.length() - 2)) {
            pieces.add(fence + "\n" + piece + "\n" + fence);
        }
        return messages(pieces);
    }

    private static List<Draft> messages(List<String> pieces) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i += SECTIONS_PER_MESSAGE) {
            List<String> slice = pieces.subList(i, Math.min(pieces.size(), i + SECTIONS_PER_MESSAGE));
            List<LayoutBlock> blocks = new ArrayList<>();
            slice.forEach(p -> blocks.add(SectionBlock.builder().text(markdown(p)).build()));
            drafts.add(new Draft(Optional.empty(), String.join("\n", slice), blocks));
        }
        return drafts;
    }
}
