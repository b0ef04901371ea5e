package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.RecordedEvent;

import java.util.List;

/**
 * The letters that show a change of a deployment in chat, e.g. updates of the messages showing the items that
 * were ticked. A store that keeps an outbox writes them in the change's own transaction: a change is never
 * recorded without them, and recording it costs one commit.
 */
@FunctionalInterface
public interface ChangeLetters {

    /** The letters for {@code appended}, the events that made {@code after}; empty when nothing is shown. */
    List<Outbox.Letter> of(Deployment after, List<RecordedEvent> appended);
}
