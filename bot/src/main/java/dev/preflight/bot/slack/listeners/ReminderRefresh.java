package dev.preflight.bot.slack.listeners;

/**
 * Shows a maintenance reminder's message again as recorded, e.g. after a click that changed nothing (a task
 * ticked already, or an untick, which reminders do not have), so that the clicker's checkbox goes back.
 */
public interface ReminderRefresh {

    /** Queues an update of reminder {@code reminderId}'s message to its recorded state; nothing if it has none. */
    void refresh(long reminderId);
}
