package dev.preflight.commands.reminder;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Task {@code number} (1-based) of a reminder, and who did it when, once done. */
public record ReminderTask(int number, String text, Optional<Done> done) {

    public ReminderTask {
        Objects.requireNonNull(done, "done");
        if (number < 1 || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a reminder task needs a number from 1 and a text");
        }
    }

    public boolean isDone() {
        return done.isPresent();
    }

    /** {@code user} ticked the task at {@code at}. */
    public record Done(String user, Instant at) {
        public Done {
            Objects.requireNonNull(at, "at");
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("a done task needs the user who did it");
            }
        }
    }
}
