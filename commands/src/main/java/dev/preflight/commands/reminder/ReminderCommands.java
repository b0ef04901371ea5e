package dev.preflight.commands.reminder;

import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Reply;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Handles the {@code remind} verb: list, done, snooze, skip, now and report. A mistake is whispered back with
 * what to type instead and changes nothing; a change is recorded, the reminder's message updated in place, and
 * said in the channel.
 */
public final class ReminderCommands {

    public static final String VERB = "remind";

    private static final String LIST_HINT = " Type `remind list` for what is open.";

    private final ReminderSettings settings;
    private final ReminderStore store;
    private final ReminderRoutine routine;
    private final ReminderPoster poster;
    private final Clock clock;

    public ReminderCommands(ReminderSettings settings, ReminderStore store, ReminderRoutine routine,
                            ReminderPoster poster, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.routine = Objects.requireNonNull(routine, "routine");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Answers {@code invocation}, whose text is what was typed after {@code remind}. */
    public List<Reply> handle(Invocation invocation) {
        ReminderCommand command = ReminderCommandParser.parse(invocation.text());
        if (command instanceof ReminderCommand.Mistake mistake) {
            return whisper(mistake.hint());
        }
        if (command instanceof ReminderCommand.ListOpen) {
            return say(ReminderReport.list(settings, store, clock.instant()));
        }
        if (command instanceof ReminderCommand.Report report) {
            return say(ReminderReport.report(settings, store, report.since(), clock.instant()));
        }
        if (command instanceof ReminderCommand.Now now) {
            return now(now, invocation.requestId());
        }
        if (command instanceof ReminderCommand.Done done) {
            return withReminder(done.id(), r -> done(r, done, invocation.user()));
        }
        if (command instanceof ReminderCommand.Skip skip) {
            return withReminder(skip.id(), r -> skip(r, skip, invocation.user()));
        }
        if (command instanceof ReminderCommand.Snooze snooze) {
            return withReminder(snooze.id(), r -> snooze(r, snooze));
        }
        throw new AssertionError("unhandled remind command " + command);
    }

    private List<Reply> withReminder(long id, Function<Reminder, List<Reply>> action) {
        return store.find(id).map(action)
                .orElseGet(() -> whisper("There is no reminder #" + id + "." + LIST_HINT));
    }

    private List<Reply> done(Reminder r, ReminderCommand.Done done, String user) {
        if (r.isSkipped()) {
            return whisper("Reminder #" + r.id() + " was skipped; there is nothing to tick." + LIST_HINT);
        }
        if (r.isDone()) {
            return whisper("Reminder #" + r.id() + " is already done: " + ReminderText.status(r) + LIST_HINT);
        }
        Set<Integer> open = r.openTasks().stream().map(ReminderTask::number).collect(Collectors.toSet());
        Set<Integer> wanted = done.all() ? open : done.tasks();
        List<Integer> unknown = wanted.stream().filter(n -> r.task(n).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            return whisper("Reminder #" + r.id() + " has tasks 1 to " + r.tasks().size() + ", not " + numbers(unknown)
                    + "; type `remind done " + r.id() + " <task numbers>`.");
        }
        Set<Integer> fresh = new TreeSet<>(wanted);
        fresh.retainAll(open);
        if (fresh.isEmpty()) {
            return whisper((wanted.size() == 1 ? "Task " : "Tasks ") + numbers(wanted) + " of reminder #" + r.id()
                    + (wanted.size() == 1 ? " is" : " are") + " already done; still open: " + numbers(open)
                    + ". Type `remind done " + r.id() + " <task numbers>`.");
        }
        Reminder after = store.tick(r.id(), fresh, user, clock.instant());
        List<Reply> replies = say(after.isDone()
                ? "Done: " + ReminderText.name(after) + ". " + ReminderText.status(after)
                : (fresh.size() == 1 ? "Ticked task " : "Ticked tasks ") + numbers(fresh) + " of reminder #" + after.id() + "; "
                + ReminderText.left(after) + ".");
        return withUpdate(after, replies);
    }

    private List<Reply> skip(Reminder r, ReminderCommand.Skip skip, String user) {
        if (r.isSkipped()) {
            return whisper("Reminder #" + r.id() + " is already skipped: " + ReminderText.status(r) + "." + LIST_HINT);
        }
        if (r.isDone()) {
            return whisper("Reminder #" + r.id() + " is already done, there is nothing to skip: " + ReminderText.status(r)
                    + LIST_HINT);
        }
        Reminder after = store.skip(r.id(), new Reminder.Skip(user, clock.instant(), skip.reason()));
        return withUpdate(after, say("Skipped " + ReminderText.name(after) + ": " + skip.reason()));
    }

    private List<Reply> snooze(Reminder r, ReminderCommand.Snooze snooze) {
        Instant now = clock.instant();
        if (!r.isOpen()) {
            return whisper("Reminder #" + r.id() + " is no longer open, there is nothing to snooze: "
                    + ReminderText.status(r) + LIST_HINT);
        }
        if (r.periodOver(now)) {
            return whisper("Reminder #" + r.id() + " is no longer nudged: its tasks have fallen due again since."
                    + " Tick it with `remind done " + r.id() + " <task numbers>` or skip it with `remind skip "
                    + r.id() + " <reason>`.");
        }
        Instant until = now.plus(snooze.duration());
        store.nextNudge(r.id(), Optional.of(until));
        return say("Snoozed reminder #" + r.id() + ": no nudge before " + ReminderText.when(until, r.zone()) + ".");
    }

    private List<Reply> now(ReminderCommand.Now now, String requestId) {
        String cadence = ReminderSchedule.name(now.cadence());
        Optional<ReminderSchedule> schedule = settings.schedule(now.cadence());
        if (schedule.isEmpty()) {
            return whisper("The " + cadence + " reminders are switched off; set `reminders." + cadence
                    + "` in the settings to post them.");
        }
        if (routine.tasksOf(now.cadence()).isEmpty()) {
            return whisper("The checklist has no " + cadence + " maintenance tasks; add them under"
                    + " `## Regular Maintenance` > `### " + Character.toUpperCase(cadence.charAt(0)) + cadence.substring(1) + "`.");
        }
        Optional<Reminder> posted = routine.postOnDemand(schedule.get(), requestId);
        if (posted.isEmpty()) {
            return store.byRequest(requestId)
                    .map(r -> say("Already posted as reminder #" + r.id() + "."))
                    .orElseGet(() -> whisper("A " + cadence + " reminder was posted this very moment; type `remind now " + cadence
                            + "` again for another."));
        }
        Reminder r = posted.get();
        return say(r.postedAt().isPresent()
                ? "Posted " + ReminderText.name(r) + " in " + r.channel() + "."
                : "Reminder #" + r.id() + " is recorded but chat could not be reached; it is posted again shortly.");
    }

    private List<Reply> withUpdate(Reminder after, List<Reply> replies) {
        if (after.postedAt().isEmpty()) {
            return replies;
        }
        try {
            poster.update(after);
            return replies;
        } catch (ReminderPostException e) {
            return List.of(replies.get(0), new Reply.Say("Recorded, but the reminder's message could not be updated: "
                    + e.getMessage()));
        }
    }

    private static String numbers(Collection<Integer> numbers) {
        return numbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static List<Reply> say(String text) {
        return List.of(new Reply.Say(text));
    }

    private static List<Reply> whisper(String text) {
        return List.of(new Reply.Whisper(text));
    }
}
