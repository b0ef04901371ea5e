package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A {@code remind} command, parsed from what was typed after the verb. */
sealed interface ReminderCommand {

    /** {@code remind list}: what is open and what comes next. */
    record ListOpen() implements ReminderCommand {
    }

    /** {@code remind done <id> <task numbers>|all}; empty {@code tasks} means all open tasks. */
    record Done(long id, Set<Integer> tasks) implements ReminderCommand {
        public Done {
            tasks = Set.copyOf(tasks);
            if (tasks.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("task numbers count from 1");
            }
        }

        boolean all() {
            return tasks.isEmpty();
        }
    }

    /** {@code remind snooze <id> <duration>}: no nudge before the duration is over. */
    record Snooze(long id, Duration duration) implements ReminderCommand {
        static final Duration LONGEST = Duration.ofDays(30);

        public Snooze {
            if (duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(LONGEST) > 0) {
                throw new IllegalArgumentException("a snooze lasts from 1m to 30d");
            }
        }
    }

    /** {@code remind skip <id> <reason>}. */
    record Skip(long id, String reason) implements ReminderCommand {
        public Skip {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a skip needs a reason");
            }
            reason = reason.strip();
        }
    }

    /** {@code remind now <cadence>}: post one on demand. */
    record Now(Cadence cadence) implements ReminderCommand {
        public Now {
            Objects.requireNonNull(cadence, "cadence");
        }
    }

    /** {@code remind report [--since DATE]}. */
    record Report(Optional<LocalDate> since) implements ReminderCommand {
        public Report {
            Objects.requireNonNull(since, "since");
        }
    }

    /** Text that is no {@code remind} command; {@code hint} says what to type instead. */
    record Mistake(String hint) implements ReminderCommand {
        public Mistake {
            if (hint == null || hint.isBlank()) {
                throw new IllegalArgumentException("a mistake says what to type instead");
            }
        }
    }
}
