package dev.preflight.bot.slack.blocks;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;

import java.util.List;
import java.util.Optional;

/**
 * A message ready to post or to update: the key of the message it is (when it is one the bot keeps up to
 * date), the notification text, and its blocks (none for a plain text message).
 */
public record Draft(Optional<String> messageKey, String text, List<LayoutBlock> blocks) {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    public Draft {
        blocks = List.copyOf(blocks);
        if (text.isEmpty() || blocks.size() > Limits.BLOCKS_PER_MESSAGE) {
            throw new IllegalArgumentException("a message needs a text and at most 50 blocks");
        }
    }

    /** The blocks as the JSON array Slack's {@code blocks} argument takes, or empty for a plain message. */
    public Optional<String> blocksJson() {
        return blocks.isEmpty() ? Optional.empty() : Optional.of(GSON.toJson(blocks));
    }
}
