package dev.preflight.bot.slack.rollback;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.preflight.bot.slack.blocks.Draft;
import dev.preflight.bot.slack.blocks.PlainMessages;
import dev.preflight.commands.rollback.LiveMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rollback step's (or monitoring command's) message in Block Kit: its heading and status as the core wrote them,
 * the end of its output in a code block, and a button per command it offers.
 */
final class LiveBlocks {

    /** Room for the heading's sections, the output and the buttons within Slack's 50 blocks. */
    private static final int MAX_TEXT_BLOCKS = 40;
    private static final int MAX_NOTIFICATION = 3000;

    private LiveBlocks() {
    }

    static Draft render(LiveMessage message) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String notification = "";
        for (Draft part : PlainMessages.of(message.text())) {
            for (LayoutBlock block : part.blocks()) {
                if (blocks.size() < MAX_TEXT_BLOCKS) {
                    blocks.add(block);
                }
            }
            notification = notification.isEmpty() ? part.text() : notification;
        }
        if (!message.output().isEmpty()) {
            blocks.add(SectionBlock.builder().text(MarkdownTextObject.builder().text(CodeTail.of(message.output()))
                    .build()).build());
        }
        int version = Objects.hash(message.key(), message.text(), message.output(), message.actions());
        RollbackButtons.block(message.key(), message.actions(), version).ifPresent(blocks::add);
        return new Draft(Optional.of(message.key()), firstLines(notification), blocks);
    }

    /** The notification text: the message's first lines, within one text object's length. */
    private static String firstLines(String text) {
        if (text.length() <= MAX_NOTIFICATION) {
            return text;
        }
        int cut = text.lastIndexOf('\n', MAX_NOTIFICATION - 1);
        return text.substring(0, cut > 0 ? cut : MAX_NOTIFICATION - 1) + "…";
    }
}
