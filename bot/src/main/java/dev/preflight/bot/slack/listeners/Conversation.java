package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Outbox;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.DeploymentStore;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands requests from Slack to the core and puts its replies in the outbox. One request at a time: the core's
 * commits and the letters they cause reach the outbox in the same order, so an update never overtakes a newer
 * one of the same message.
 */
final class Conversation {

    private final Preflight core;
    private final DeploymentStore store;
    private final Outbox outbox;
    private final Runnable delivered;
    private final DeploymentMessages messages;
    private final ReplyLetters letters;
    private final Clock clock;

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
    }

    /** Carries out {@code invocation} and queues its replies for {@code origin}; returns the core's replies. */
    List<Reply> handle(Invocation invocation, Origin origin) {
        List<Reply> replies;
        synchronized (this) {
            replies = core.handle(invocation);
            outbox.enqueue(letters.of(replies, origin, invocation.requestId()), clock.instant());
        }
        delivered.run();
        return replies;
    }

    /**
     * Carries out {@code invocation}, a click whose message shows what came of it: its replies are not sent but
     * handed to {@code after}, which runs under the same lock, so that whatever both queue reaches the outbox in
     * the order of the commits.
     */
    void quietly(Invocation invocation, Consumer<List<Reply>> after) {
        synchronized (this) {
            after.accept(core.handle(invocation));
        }
        delivered.run();
    }

    /** Runs {@code work}, which queues letters, in turn with the requests (see {@link #quietly}). */
    void inTurn(Runnable work) {
        synchronized (this) {
            work.run();
        }
        delivered.run();
    }

    /**
     * Shows the section holding {@code item} as it stands, e.g. after a click the core refused, so that the
     * clicker's checkbox goes back to the recorded state.
     */
    void refresh(long deploymentId, int item, String requestId) {
        synchronized (this) {
            store.load(deploymentId).ifPresent(d -> outbox.enqueue(
                    letters.updates(d, messages.sectionOf(d, item), requestId), clock.instant()));
        }
        delivered.run();
    }

    /** Records that the deployment's root message was posted as {@code ts}, so that its thread finds it. */
    void linkThread(long deploymentId, String ts) {
        core.linkThread(deploymentId, ts);
    }
}
