package dev.preflight.bot.slack.rollback;

import dev.preflight.bot.slack.blocks.Draft;
import dev.preflight.bot.slack.blocks.MessageKeys;
import dev.preflight.bot.slack.delivery.Outgoing;
import dev.preflight.commands.conversation.Outbox;
import dev.preflight.commands.conversation.Outbox.Letter;
import dev.preflight.commands.rollback.LiveMessage;
import dev.preflight.commands.rollback.RollbackListener;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows rollback steps and monitoring commands in the deployment's Slack thread, through the outbox only: the
 * first version of a message is posted in the thread, every later one replaces it ({@code chat.update}). Updates
 * not yet delivered are merged by the outbox, so a step streaming output never goes faster than Slack's pace.
 */
public final class SlackRollbackListener implements RollbackListener {

    private final Outbox outbox;
    private final Runnable wake;
    private final Clock clock;
    /** Messages posted (or on their way) and not finished yet: their next version is an update. */
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    /**
     * @param outbox the outbox the Slack server's courier delivers ({@code new SqliteOutbox(database)})
     * @param wake   tells the courier that letters wait (the server's {@code wake}); without it they go out
     *               within the courier's idle second
     * @param clock  real time, as the outbox's other letters are timed
     */
    public SlackRollbackListener(Outbox outbox, Runnable wake, Clock clock) {
        this.outbox = outbox;
        this.wake = wake;
        this.clock = clock;
    }

    @Override
    public void show(LiveMessage message) {
        Draft draft = LiveBlocks.render(message);
        String key = message.key();
        boolean first = !open.contains(key);
        Letter letter = first ? post(message, draft) : update(message, draft);
        outbox.enqueue(List.of(letter), clock.instant());
        if (message.finished()) {
            open.remove(key);
        } else {
            open.add(key);
        }
        wake.run();
    }

    private static Letter post(LiveMessage message, Draft draft) {
        Outgoing out = Outgoing.post(message.channel(), draft.text(), draft.blocksJson());
        OptionalLong deployment = RollbackButtons.deploymentOf(message.key());
        if (message.thread().isPresent()) {
            out = out.inThread(message.thread());
        } else if (deployment.isPresent()) {
            out = out.inThreadOf(MessageKeys.root(deployment.getAsLong()));
        }
        return new Letter("live:" + message.key() + ":post", message.channel(), out.kind().name(), out.toJson(),
                Optional.of(message.key()), false);
    }

    private static Letter update(LiveMessage message, Draft draft) {
        Outgoing out = Outgoing.update(message.channel(), draft.text(), draft.blocksJson());
        return new Letter("live:" + message.key() + ":" + UUID.randomUUID(), message.channel(), out.kind().name(),
                out.toJson(), Optional.of(message.key()), true);
    }
}
