package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where schedules and reminders live. Every method that writes commits durably before it returns, in one
 * transaction; several bot instances may share one store. Implementations throw {@link ReminderStoreException}
 * when the database fails.
 */
public interface ReminderStore {

    /**
     * Records that {@code cadence} now follows the rule {@code definition} and returns since when it does:
     * {@code now} the first time, and again whenever the definition changes; otherwise the time stored before.
     */
    Instant schedule(Cadence cadence, String definition, Instant now);

    /** The latest due time of a reminder of {@code cadence} that was not posted on demand. */
    Optional<Instant> lastScheduledDue(Cadence cadence);

    /**
     * Claims {@code reminders} for {@code claimant} in one transaction. A reminder whose cadence and due time,
     * or whose request id, is already claimed is left out. Returns the ones this call claimed, in the given
     * order, with ids.
     */
    List<Reminder> claim(List<NewReminder> reminders, String claimant, Instant now);

    /** Reminders claimed at or before {@code claimedBefore} but not posted, earliest due first. */
    List<Reminder> unposted(Instant claimedBefore);

    /**
     * Takes over reminder {@code id} for {@code claimant} when it is still unposted and was claimed at or before
     * {@code claimedBefore}; true when this call took it (so exactly one of several racing callers posts it).
     */
    boolean reclaim(long id, Instant claimedBefore, String claimant, Instant now);

    /** Records that reminder {@code id} was posted as {@code messageRef}. */
    void posted(long id, String messageRef, Instant at);

    Optional<Reminder> find(long id);

    /** The reminder posted on request {@code requestId}. */
    Optional<Reminder> byRequest(String requestId);

    /** Reminders neither done nor skipped, earliest due first. */
    List<Reminder> open();

    /** Reminders due at or after {@code from}, earliest due first. */
    List<Reminder> dueSince(Instant from);

    /**
     * Posted reminders that are neither done nor skipped, whose next nudge is due by {@code now} and whose
     * cadence has not fallen due again, earliest due first.
     */
    List<Reminder> nudgeable(Instant now);

    /**
     * Counts a nudge of reminder {@code id} when it has still had {@code nudgesSeen} nudges, and sets the next
     * one; true when this call counted it (so exactly one of several racing callers posts the nudge).
     */
    boolean claimNudge(long id, int nudgesSeen, Optional<Instant> next);

    /** Ticks the tasks {@code numbers} of reminder {@code id} that are not done yet, as done by {@code user}. */
    Reminder tick(long id, Set<Integer> numbers, String user, Instant at);

    /** Skips reminder {@code id} unless it is already skipped. */
    Reminder skip(long id, Reminder.Skip skip);

    /** Sets when reminder {@code id} is nudged next ({@code at} empty: never again), without counting a nudge. */
    Reminder nextNudge(long id, Optional<Instant> at);
}
