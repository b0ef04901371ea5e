package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.bot.slack.blocks.MessageKeys;
import dev.preflight.bot.slack.delivery.Outgoing;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Outbox;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.DeploymentStore;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands requests from Slack to the core and puts its replies in the outbox. Requests run side by side: the
 * messages a deployment keeps up to date are rendered when their post or update goes out, so whichever request
 * queued a refresh, Slack is shown the newest state, and the order in which concurrent requests reach the outbox
 * does not matter (two requests changing one deployment at once are ordered by the store, which lets one append
 * and has the other decide again). Maintenance reminders' messages are rendered when queued: their clicks take
 * turns per channel ({@link #quietly}, {@link #inTurn}), so that their updates reach the outbox in the order of
 * the commits.
 */
final class Conversation {

    private static final int STRIPES = 64;

    private final Preflight core;
    private final DeploymentStore store;
    private final Outbox outbox;
    private final Runnable delivered;
    private final DeploymentMessages messages;
    private final ReplyLetters letters;
    private final Clock clock;
    private final Lock[] stripes = new Lock[STRIPES];

    /** {@code wake} tells the courier that letters wait; {@code clock} is the outbox's (real time). */
    Conversation(Preflight core, DeploymentStore store, Outbox outbox, Runnable wake, DeploymentMessages messages,
                 Clock clock) {
        this.core = core;
        this.store = store;
        this.outbox = outbox;
        this.delivered = wake;
        this.messages = messages;
        this.letters = new ReplyLetters(messages);
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Carries out {@code invocation} and queues its replies for {@code origin}; returns the core's replies. */
    List<Reply> handle(Invocation invocation, Origin origin) {
        List<Reply> replies = core.handle(invocation);
        outbox.enqueue(letters.of(replies, origin, invocation.requestId()), clock.instant());
        delivered.run();
        return replies;
    }

    /**
     * Carries out {@code invocation}, a click whose message shows what came of it: its replies are not sent but
     * handed to {@code after}, which runs in the same turn of the channel (see {@link #inTurn}), so that whatever
     * both queue reaches the outbox in the order of the commits.
     */
    void quietly(Invocation invocation, Consumer<List<Reply>> after) {
        locked(invocation.channel(), () -> {
            after.accept(core.handle(invocation));
            return null;
        });
        delivered.run();
    }

    /** Runs {@code work}, which queues letters for {@code channel}, in turn with that channel's reminder clicks. */
    void inTurn(String channel, Runnable work) {
        locked(channel, () -> {
            work.run();
            return null;
        });
        delivered.run();
    }

    /**
     * Shows the section holding {@code item} as it stands, e.g. after a click the core refused, so that the
     * clicker's checkbox goes back to the recorded state.
     */
    void refresh(String channel, long deploymentId, int item, String requestId) {
        store.load(deploymentId).filter(d -> d.channel().equals(channel))
                .ifPresent(d -> outbox.enqueue(letters.updates(d, messages.sectionKeyOf(d, item), requestId),
                        clock.instant()));
        delivered.run();
    }

    /** The message {@code messageKey} of a deployment, rendered as it stands, as an update of that message. */
    Optional<Outgoing> current(String messageKey) {
        return MessageKeys.deploymentOf(messageKey).flatMap(store::load)
                .flatMap(d -> messages.message(d, messageKey)
                        .map(draft -> Outgoing.update(d.channel(), draft.text(), draft.blocksJson())));
    }

    /** Records that the deployment's root message was posted as {@code ts}, so that its thread finds it. */
    void linkThread(long deploymentId, String ts) {
        core.linkThread(deploymentId, ts);
    }

    private <T> T locked(String channel, Supplier<T> work) {
        Lock lock = stripes[Math.floorMod(channel.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
