package dev.preflight.commands.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Messages on their way to a chat platform, kept durably so that a restart loses none. The letters of one
 * channel are handed out one at a time, in the order they were enqueued: the next letter of a channel is due
 * only once the one before it was delivered or given up. Implementations throw an unchecked exception of their
 * storage (for SQLite, {@code StoreException}) when the database fails.
 */
public interface Outbox {

    /**
     * Adds {@code letters} in one transaction, each behind everything already waiting in its channel. A letter
     * whose key was enqueued before is skipped, so a request handled twice sends nothing twice. A waiting
     * replaceable letter is dropped when a newer replaceable letter for the same message arrives: only the
     * newest state of a message matters.
     */
    void enqueue(List<Letter> letters, Instant now);

    /**
     * The first waiting letter of each channel, when it is due at {@code now}; oldest first, at most {@code max}.
     * Only ids and channels: a letter's content is read by {@link #waiting(long)} when it is about to go out.
     */
    List<Due> due(Instant now, int max);

    /** Letter {@code id} while it still waits; empty once it was delivered, replaced by a newer one or given up. */
    Optional<Waiting> waiting(long id);

    /** When the earliest waiting letter becomes due, or empty when nothing waits. */
    Optional<Instant> nextDue();

    /**
     * {@code id} was delivered. When the letter names a message and {@code postedAs} is present, the platform's
     * reference of the posted message is remembered under that message's key (see {@link #messageRef}).
     */
    void delivered(long id, Optional<String> postedAs, Instant now);

    /** {@code id} could not be delivered now; its channel waits until {@code at} and then tries it again. */
    void retryAt(long id, Instant at, String reason);

    /** {@code id} can never be delivered (the platform refused it); it is set aside and its channel moves on. */
    void giveUp(long id, String reason, Instant now);

    /** The platform's reference of the message posted under {@code messageKey}, once it was delivered. */
    Optional<String> messageRef(String messageKey);

    /** How many letters wait, in all channels. */
    int waiting();

    /**
     * One message to send. {@code key} identifies it (enqueuing the same key again does nothing); {@code kind}
     * and {@code payload} are the adapter's to interpret; {@code message} is the key of the chat message this
     * letter posts or changes, if any; {@code replaceable} letters may be dropped for a newer one of the same
     * message.
     */
    record Letter(String key, String channel, String kind, String payload, Optional<String> message,
                  boolean replaceable) {
        public Letter {
            if (key == null || key.isBlank() || channel == null || channel.isBlank() || kind == null
                    || kind.isBlank() || payload == null || message == null) {
                throw new IllegalArgumentException("a letter needs a key, a channel, a kind and a payload");
            }
            if (replaceable && message.isEmpty()) {
                throw new IllegalArgumentException("only a letter about a message can be replaced");
            }
        }
    }

    /** The first waiting letter of a channel, due now. */
    record Due(long id, String channel) {
    }

    /** A letter waiting for delivery, with its row id and how many times delivery was tried. */
    record Waiting(long id, Letter letter, int attempts) {
    }
}
