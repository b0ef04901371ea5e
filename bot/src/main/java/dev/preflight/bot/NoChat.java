package dev.preflight.bot;

import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderPostException;
import dev.preflight.commands.reminder.ReminderPoster;

/**
 * The reminder poster of a front end that has no chat to post in. Every post fails, so a reminder claimed here
 * stays unposted and is taken over by an instance that can post once its claim's lease runs out.
 */
final class NoChat implements ReminderPoster {

    static final NoChat INSTANCE = new NoChat();

    private NoChat() {
    }

    @Override
    public String post(Reminder reminder) {
        throw new ReminderPostException("no chat to post to");
    }

    @Override
    public void update(Reminder reminder) {
        throw new ReminderPostException("no chat to post to");
    }

    @Override
    public void nudge(Reminder reminder, Nudge nudge) {
        throw new ReminderPostException("no chat to post to");
    }
}
