package dev.preflight.commands.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reminders as plain text: numbered lines with [ ] and [x], for the console and for plain-text fallbacks. */
public final class ReminderText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private ReminderText() {
    }

    /** The reminder's message: a title, one numbered line per task, and a last line saying what to do or what was done. */
    public static String message(Reminder r) {
        StringBuilder text = new StringBuilder(title(r));
        if (r.origin() == Origin.CAUGHT_UP) {
            text.append(" (posted late: the bot was down when it fell due)");
        }
        for (ReminderTask task : r.tasks()) {
            text.append('\n').append(task.number()).append(". [").append(task.isDone() ? 'x' : ' ').append("] ")
                    .append(task.text());
            task.done().ifPresent(d -> text.append(" (").append(d.user()).append(", ").append(when(d.at(), r.zone())).append(')'));
        }
        text.append('\n').append(status(r));
        return text.toString();
    }

    /** The nudge posted in the reminder's thread, with the mention first when there is one. */
    public static String nudge(Reminder r, Nudge nudge) {
        String mention = nudge.mention().map(role -> "@" + role + " ").orElse("");
        return mention + title(r) + " is still open: " + left(r) + ". " + tickHint(r);
    }

    /** "Weekly maintenance #3, due Mon 4 Mar 2024 09:00" ("asked for" instead of "due" when posted on request). */
    public static String title(Reminder r) {
        String name = name(r);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1)
                + (r.origin() == Origin.ON_DEMAND ? ", asked for " : ", due ") + when(r.dueAt(), r.zone());
    }

    /** "weekly maintenance #3". */
    public static String name(Reminder r) {
        return ReminderSchedule.name(r.cadence()) + " maintenance #" + r.id();
    }

    /** The last line of the message: how to tick, or who finished it, or why it was skipped. */
    public static String status(Reminder r) {
        if (r.isSkipped()) {
            Reminder.Skip skip = r.skip().orElseThrow();
            return "Skipped by " + skip.user() + " (" + when(skip.at(), r.zone()) + "): " + skip.reason();
        }
        if (r.isDone()) {
            return "All done by " + names(r.doneBy()) + ", " + when(r.completedAt().orElseThrow(), r.zone()) + ".";
        }
        return tickHint(r);
    }

    /** "2 of 3 tasks left". */
    static String left(Reminder r) {
        return r.openTasks().size() + " of " + r.tasks().size() + " tasks left";
    }

    static String tickHint(Reminder r) {
        return "Tick with `remind done " + r.id() + " <task numbers>`.";
    }

    static String names(List<String> users) {
        if (users.size() <= 1) {
            return String.join("", users);
        }
        return users.subList(0, users.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + users.get(users.size() - 1);
    }

    public static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
