package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.bot.slack.blocks.Draft;
import dev.preflight.bot.slack.blocks.MessageKeys;
import dev.preflight.bot.slack.blocks.PlainMessages;
import dev.preflight.bot.slack.delivery.Outgoing;
import dev.preflight.commands.conversation.Outbox.Letter;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.Deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the core's replies into outbox letters: an opened deployment into its root message and thread, words
 * into messages where the request came from, a refusal into a message only its user sees. A change's updates of
 * the messages it touched are not made here: the store writes them with the change ({@link ChangeRefreshes}),
 * using {@link #updates}. A letter's key is the request id and its position (an update's: the request id and
 * the message), so a request handled twice (a retried event, a click delivered twice) sends nothing twice. The
 * "already recorded" the core answers the second time has the key of the first answer, so it is said only when
 * the first delivery's answer was never queued, and never for a click, whose message shows what came of it. A
 * deployment's own messages are keyed by what they are, so each is posted once.
 */
final class ReplyLetters {

    private final DeploymentMessages messages;

    ReplyLetters(DeploymentMessages messages) {
        this.messages = messages;
    }

    List<Letter> of(List<Reply> replies, Origin origin, String requestId) {
        List<Letter> letters = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Opened o) {
                opened(o.deployment(), origin, letters);
            } else if (reply instanceof Reply.Changed) {
                continue; // the store wrote the change's refreshes with the change (ChangeRefreshes)
            } else if (reply instanceof Reply.Say s) {
                if (!origin.quiet()) {
                    said(PlainMessages.of(s.text()), origin, requestId, letters);
                }
            } else if (reply instanceof Reply.Whisper w) {
                whispered(w.text(), origin, requestId, letters);
            } else if (reply instanceof Reply.Replayed r) {
                if (!origin.quiet()) {
                    // Keyed as the first answer to the first delivery was: said only when that was never queued.
                    whispered(r.text(), origin, requestId, letters);
                }
            } else if (reply instanceof Reply.Document d) {
                said(PlainMessages.document(d.fileName(), d.content()), origin, requestId, letters);
            } else {
                throw new AssertionError(reply);
            }
        }
        return letters;
    }

    /** Refreshes of the messages showing {@code d}'s state: the root, then the given thread messages. */
    List<Letter> updates(Deployment d, List<String> thread, String requestId) {
        List<Letter> letters = new ArrayList<>();
        updates(d, thread, requestId, letters);
        return letters;
    }

    /** The deployment's messages, each rendered when its post goes out: a post shows the newest state. */
    private void opened(Deployment d, Origin origin, List<Letter> letters) {
        String rootKey = MessageKeys.root(d.id());
        letters.add(post(d.channel(), rootKey, Outgoing.publish(d.channel()).reportingTo(origin.responseUrl())));
        for (String key : messages.threadKeys(d)) {
            letters.add(post(d.channel(), key, Outgoing.publish(d.channel()).inThreadOf(rootKey)));
        }
    }

    private static Letter post(String channel, String key, Outgoing out) {
        return new Letter("post:" + key, channel, out.kind().name(), out.toJson(), Optional.of(key), false);
    }

    /**
     * The messages are rendered when the courier sends them, not now: a message updated by many requests
     * in a row is rendered once for each update Slack gets, and always shows the newest state.
     */
    private void updates(Deployment d, List<String> thread, String requestId, List<Letter> letters) {
        List<String> keys = new ArrayList<>();
        keys.add(MessageKeys.root(d.id()));
        keys.addAll(thread);
        String payload = Outgoing.refresh(d.channel()).toJson();
        for (String key : keys) {
            letters.add(new Letter(requestId + "/" + key, d.channel(), Outgoing.Kind.REFRESH.name(), payload,
                    Optional.of(key), true));
        }
    }

    private static void said(List<Draft> drafts, Origin origin, String requestId, List<Letter> letters) {
        for (Draft draft : drafts) {
            Outgoing out = Outgoing.post(origin.channel(), draft.text(), draft.blocksJson()).inThread(origin.thread())
                    .reportingTo(origin.responseUrl());
            letters.add(new Letter(requestId + "/" + letters.size(), origin.channel(), out.kind().name(),
                    out.toJson(), Optional.empty(), false));
        }
    }

    private static void whispered(String text, Origin origin, String requestId, List<Letter> letters) {
        for (Draft draft : PlainMessages.of(text)) {
            Outgoing out = origin.responseUrl().isPresent()
                    ? Outgoing.respond(origin.channel(), origin.responseUrl().get(), draft.text())
                    : Outgoing.ephemeral(origin.channel(), origin.user(), draft.text(), origin.thread());
            letters.add(new Letter(requestId + "/" + letters.size(), origin.channel(), out.kind().name(),
                    out.toJson(), Optional.empty(), false));
        }
    }
}
