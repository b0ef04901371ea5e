package dev.preflight.commands.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The text of {@code remind list} and {@code remind report}. */
final class ReminderReport {

    /** The report covers this many days when no {@code --since} is given. */
    static final int DEFAULT_DAYS = 30;
    /** A report lists at most this many reminders, the latest ones. */
    static final int MAX_LINES = 200;
    /** {@code remind list} names at most this many missed reminders. */
    static final int MAX_MISSED = 10;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private ReminderReport() {
    }

    static String list(ReminderSettings settings, ReminderStore store, Instant now) {
        List<Reminder> open = store.open();
        List<String> lines = new ArrayList<>();
        List<Reminder> current = open.stream().filter(r -> !r.periodOver(now)).toList();
        if (current.isEmpty()) {
            lines.add("Nothing open.");
        } else {
            lines.add("Open:");
            current.forEach(r -> lines.add(ReminderText.title(r) + ": " + ReminderText.left(r)
                    + (now.isAfter(r.deadline()) ? " (late)" : "")));
        }
        List<Reminder> missed = open.stream().filter(r -> r.periodOver(now)).toList();
        if (!missed.isEmpty()) {
            String ids = missed.stream().limit(MAX_MISSED).map(r -> "#" + r.id()).collect(Collectors.joining(", "));
            String more = missed.size() > MAX_MISSED ? " and " + (missed.size() - MAX_MISSED) + " more" : "";
            lines.add("Missed and never ticked: " + ids + more + " (`remind report` tells more).");
        }
        List<String> next = new ArrayList<>();
        for (ReminderSchedule s : settings.inOrder()) {
            s.dueTimes().nextAfter(now).ifPresent(at -> next.add(ReminderSchedule.name(s.cadence()) + " "
                    + ReminderText.when(at, s.zone())));
        }
        lines.add(next.isEmpty() ? "No reminder is scheduled." : "Next: " + String.join("; ", next) + ".");
        return String.join("\n", lines);
    }

    static String report(ReminderSettings settings, ReminderStore store, Optional<LocalDate> since, Instant now) {
        ZoneId zone = settings.inOrder().stream().findFirst().map(ReminderSchedule::zone).orElse(ZoneOffset.UTC);
        LocalDate from = since.orElseGet(() -> now.atZone(zone).toLocalDate().minusDays(DEFAULT_DAYS));
        List<Reminder> reminders = store.dueSince(from.atStartOfDay(zone).toInstant());
        if (reminders.isEmpty()) {
            return "No reminder fell due since " + DAY.format(from) + ".";
        }
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        reminders.forEach(r -> counts.merge(r.outcome(now), 1, Integer::sum));
        List<String> lines = new ArrayList<>();
        lines.add("Since " + DAY.format(from) + ": " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", ")) + ".");
        int hidden = Math.max(0, reminders.size() - MAX_LINES);
        if (hidden > 0) {
            lines.add("(the " + hidden + " earliest are left out; narrow it with `remind report --since YYYY-MM-DD`)");
        }
        reminders.subList(hidden, reminders.size()).forEach(r -> lines.add(line(r, now)));
        return String.join("\n", lines);
    }

    private static String line(Reminder r, Instant now) {
        Outcome outcome = r.outcome(now);
        StringBuilder line = new StringBuilder(ReminderText.title(r)).append(": ").append(outcome.label());
        if (r.origin() == Origin.CAUGHT_UP) {
            line.append(" (posted late)");
        }
        switch (outcome) {
            case ON_TIME, LATE -> line.append(", done by ").append(ReminderText.names(r.doneBy())).append(' ')
                    .append(ReminderText.when(r.completedAt().orElseThrow(), r.zone()));
            case SKIPPED -> {
                Reminder.Skip skip = r.skip().orElseThrow();
                line.append(" by ").append(skip.user()).append(": ").append(skip.reason());
            }
            case MISSED, OPEN -> line.append(", ").append(ReminderText.left(r));
        }
        return line.toString();
    }
}
