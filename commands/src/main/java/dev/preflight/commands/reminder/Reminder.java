package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a cadence: its tasks as they were when it was claimed, where it was (or is to be) posted,
 * and what has happened to it since.
 *
 * @param dueAt       when it fell due (for {@link Origin#ON_DEMAND}: when it was asked for)
 * @param zone        the zone its times are shown in
 * @param postedAt    when it was posted; empty while claimed but not yet posted
 * @param messageRef  the chat platform's reference of the posted message (its thread root)
 * @param deadline    done before this is on time; the first nudge is due then
 * @param periodEnd   when the cadence falls due again; open after this is missed (empty: never)
 * @param nudges      how many nudges were posted
 * @param nextNudgeAt when the next nudge is due; empty: no more nudges
 */
public record Reminder(long id, Cadence cadence, Origin origin, Instant dueAt, String channel, ZoneId zone,
                       List<ReminderTask> tasks, Optional<Instant> postedAt, Optional<String> messageRef,
                       Instant deadline, Optional<Instant> periodEnd, int nudges, Optional<Instant> nextNudgeAt,
                       Optional<Skip> skip) {

    public Reminder {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(deadline, "deadline");
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("reminder #" + id + " has no task");
        }
    }

    public boolean isDone() {
        return tasks.stream().allMatch(ReminderTask::isDone);
    }

    public boolean isSkipped() {
        return skip.isPresent();
    }

    /** Neither done nor skipped: ticks, snoozes and nudges still apply. */
    public boolean isOpen() {
        return !isDone() && !isSkipped();
    }

    public List<ReminderTask> openTasks() {
        return tasks.stream().filter(t -> !t.isDone()).toList();
    }

    public Optional<ReminderTask> task(int number) {
        return tasks.stream().filter(t -> t.number() == number).findFirst();
    }

    /** When the last task was ticked, once all are done. */
    public Optional<Instant> completedAt() {
        return isDone()
                ? tasks.stream().map(t -> t.done().orElseThrow().at()).max(Comparator.naturalOrder())
                : Optional.empty();
    }

    /** Who ticked its tasks, each once, in the order they first ticked one. */
    public List<String> doneBy() {
        return tasks.stream().flatMap(t -> t.done().stream())
                .sorted(Comparator.comparing(ReminderTask.Done::at))
                .map(ReminderTask.Done::user).distinct().toList();
    }

    /** Whether the cadence has fallen due again by {@code now}. */
    public boolean periodOver(Instant now) {
        return periodEnd.map(end -> !now.isBefore(end)).orElse(false);
    }

    public Outcome outcome(Instant now) {
        if (isSkipped()) {
            return Outcome.SKIPPED;
        }
        if (isDone()) {
            boolean onTime = origin != Origin.CAUGHT_UP && !completedAt().orElseThrow().isAfter(deadline);
            return onTime ? Outcome.ON_TIME : Outcome.LATE;
        }
        return periodOver(now) ? Outcome.MISSED : Outcome.OPEN;
    }

    /** Skipped by {@code user} at {@code at}, for {@code reason}. */
    public record Skip(String user, Instant at, String reason) {
        public Skip {
            Objects.requireNonNull(at, "at");
            if (user == null || user.isBlank() || reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a skip needs the user and a reason");
            }
        }
    }
}
