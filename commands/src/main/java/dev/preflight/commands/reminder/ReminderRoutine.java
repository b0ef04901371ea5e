package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;
import dev.preflight.commands.template.MaintenanceTask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One pass of the reminder scheduler: posts every occurrence that fell due since the last one claimed (each
 * once, marked late when the bot was down then), posts again what was claimed but never posted, and nudges
 * late reminders. Every post is claimed in the store first, so instances sharing a store never post the same
 * occurrence twice. Safe to run as often as wanted, from several threads or processes.
 */
public final class ReminderRoutine {

    /** A reminder posted more than this after it fell due was caught up after downtime, and counts as late. */
    public static final Duration LATE_AFTER = Duration.ofMinutes(10);
    /** A claimed reminder still unposted after this is taken over and posted by whichever instance runs next. */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
    /** At most this many occurrences of one cadence are claimed in one pass; the rest follow in the next. */
    static final int BATCH = 50;

    private final ReminderSettings settings;
    private final List<MaintenanceTask> tasks;
    private final ReminderStore store;
    private final ReminderPoster poster;
    private final Clock clock;
    private final String instance;

    /**
     * @param tasks    the template's maintenance tasks
     * @param instance names this bot instance in the claims it makes
     */
    public ReminderRoutine(ReminderSettings settings, List<MaintenanceTask> tasks, ReminderStore store,
                           ReminderPoster poster, Clock clock, String instance) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = List.copyOf(tasks);
        this.store = Objects.requireNonNull(store, "store");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instance = Objects.requireNonNull(instance, "instance");
    }

    /** Runs one pass at the clock's current time. Throws {@link ReminderStoreException} when the store fails. */
    public Pass run() {
        Instant now = clock.instant();
        Tally tally = new Tally();
        for (ReminderSchedule schedule : settings.inOrder()) {
            List<String> texts = tasksOf(schedule.cadence());
            if (!texts.isEmpty()) {
                postDue(schedule, texts, now, tally);
            }
        }
        retryUnposted(now, tally);
        nudge(now, tally);
        return tally.pass();
    }

    /**
     * Claims and posts a reminder of {@code schedule}'s cadence due now, on request {@code requestId}. Empty when
     * that request already posted one. The reminder returned is unposted when the chat platform failed; it is
     * posted again after {@link #CLAIM_LEASE}.
     */
    Optional<Reminder> postOnDemand(ReminderSchedule schedule, String requestId) {
        Instant now = clock.instant();
        Optional<Instant> periodEnd = schedule.dueTimes().nextAfter(now);
        NewReminder wanted = newReminder(schedule, tasksOf(schedule.cadence()), Origin.ON_DEMAND, now, periodEnd,
                now, Optional.of(requestId));
        List<Reminder> claimed = store.claim(List.of(wanted), instance, now);
        claimed.forEach(r -> post(r, new Tally()));
        return claimed.stream().findFirst().flatMap(r -> store.find(r.id()));
    }

    List<String> tasksOf(Cadence cadence) {
        return tasks.stream().filter(t -> t.cadence() == cadence).map(MaintenanceTask::text).toList();
    }

    private void postDue(ReminderSchedule schedule, List<String> texts, Instant now, Tally tally) {
        DueTimes times = schedule.dueTimes();
        Instant since = store.schedule(schedule.cadence(), times.describe(), now);
        Instant from = store.lastScheduledDue(schedule.cadence()).filter(d -> d.isAfter(since)).orElse(since);
        List<NewReminder> due = new ArrayList<>();
        Optional<Instant> next = times.nextAfter(from);
        while (next.isPresent() && !next.get().isAfter(now) && due.size() < BATCH) {
            Instant dueAt = next.get();
            next = times.nextAfter(dueAt);
            Origin origin = now.isAfter(dueAt.plus(LATE_AFTER)) ? Origin.CAUGHT_UP : Origin.SCHEDULED;
            due.add(newReminder(schedule, texts, origin, dueAt, next, now, Optional.empty()));
        }
        if (!due.isEmpty()) {
            store.claim(due, instance, now).forEach(r -> post(r, tally));
        }
    }

    private static NewReminder newReminder(ReminderSchedule s, List<String> texts, Origin origin, Instant dueAt,
                                           Optional<Instant> periodEnd, Instant now, Optional<String> requestId) {
        Instant deadline = WorkingTime.plus(dueAt, s.nudgeAfter(), s.zone(), s.workingDays());
        Instant firstNudge = origin == Origin.CAUGHT_UP
                ? WorkingTime.plus(now, s.nudgeAfter(), s.zone(), s.workingDays())
                : deadline;
        return new NewReminder(s.cadence(), origin, dueAt, s.channel(), s.zone(), texts, deadline, periodEnd,
                s.maxNudges() > 0 ? Optional.of(firstNudge) : Optional.empty(), requestId);
    }

    private void retryUnposted(Instant now, Tally tally) {
        Instant claimedBefore = now.minus(CLAIM_LEASE);
        for (Reminder r : store.unposted(claimedBefore)) {
            if (store.reclaim(r.id(), claimedBefore, instance, now)) {
                post(r, tally);
            }
        }
    }

    private void post(Reminder reminder, Tally tally) {
        try {
            String ref = poster.post(reminder);
            store.posted(reminder.id(), ref, clock.instant());
            tally.posted.add(reminder);
        } catch (ReminderPostException e) {
            tally.failures.add("could not post reminder #" + reminder.id() + ": " + e.getMessage());
        }
    }

    private void nudge(Instant now, Tally tally) {
        for (Reminder r : store.nudgeable(now)) {
            Optional<ReminderSchedule> schedule = settings.schedule(r.cadence());
            int number = r.nudges() + 1;
            if (schedule.isEmpty() || number > schedule.get().maxNudges()) {
                store.nextNudge(r.id(), Optional.empty());
                continue;
            }
            ReminderSchedule s = schedule.get();
            Optional<Instant> next = number < s.maxNudges()
                    ? Optional.of(WorkingTime.plus(now, s.nudgeAfter(), s.zone(), s.workingDays()))
                    : Optional.empty();
            if (store.claimNudge(r.id(), r.nudges(), next)) {
                Nudge nudge = new Nudge(number, number >= 2 ? s.escalationRole() : Optional.empty());
                try {
                    poster.nudge(r, nudge);
                    tally.nudged.add(r);
                } catch (ReminderPostException e) {
                    tally.failures.add("could not nudge reminder #" + r.id() + ": " + e.getMessage());
                }
            }
        }
    }

    /** What one pass did: the reminders it posted and nudged, and what failed (to be tried again later). */
    public record Pass(List<Reminder> posted, List<Reminder> nudged, List<String> failures) {
        public Pass {
            posted = List.copyOf(posted);
            nudged = List.copyOf(nudged);
            failures = List.copyOf(failures);
        }

        public boolean isEmpty() {
            return posted.isEmpty() && nudged.isEmpty() && failures.isEmpty();
        }
    }

    /** Collects what a pass does while it runs. */
    private static final class Tally {
        private final List<Reminder> posted = new ArrayList<>();
        private final List<Reminder> nudged = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();

        Pass pass() {
            return new Pass(posted, nudged, failures);
        }
    }
}
