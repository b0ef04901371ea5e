package dev.preflight.bot.reminder;

import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderPoster;
import dev.preflight.commands.reminder.ReminderText;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Posts reminders as text on a console: the message with numbered tasks, the whole message again when it
 * changes, and nudges as lines marked with the thread they belong to.
 */
public final class PrintingReminderPoster implements ReminderPoster {

    private final PrintWriter out;

    public PrintingReminderPoster(PrintWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public synchronized String post(Reminder reminder) {
        out.println("[" + reminder.channel() + "] " + ReminderText.message(reminder));
        out.flush();
        return "console-reminder-" + reminder.id();
    }

    @Override
    public synchronized void update(Reminder reminder) {
        out.println("[" + reminder.channel() + "] (updated) " + ReminderText.message(reminder));
        out.flush();
    }

    @Override
    public synchronized void nudge(Reminder reminder, Nudge nudge) {
        out.println("[" + reminder.channel() + ", thread of #" + reminder.id() + "] " + ReminderText.nudge(reminder, nudge));
        out.flush();
    }
}
