package dev.preflight.commands.reminder;

/**
 * Posts reminders in chat. The core decides what to post and when; each adapter decides how (checkboxes in
 * Slack, numbered lines in the console). Implementations throw {@link ReminderPostException} when the chat
 * platform cannot be reached; the reminder is then posted again later.
 */
public interface ReminderPoster {

    /**
     * Posts {@code reminder} in its channel and returns the platform's reference of the message, which later
     * updates and nudges use. {@code reminder.id()} is stable across retries, for an adapter that deduplicates.
     */
    String post(Reminder reminder);

    /** Updates the posted message of {@code reminder} in place to show its current state. */
    void update(Reminder reminder);

    /** Posts {@code nudge} for the unfinished {@code reminder} in the reminder's thread. */
    void nudge(Reminder reminder, Nudge nudge);
}
