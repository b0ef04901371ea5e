package dev.preflight.commands.reminder;

import java.time.Instant;
import java.util.Optional;

/** When a cadence falls due. */
public interface DueTimes {

    /** The first due time strictly after {@code instant}; empty when the rule never fires again. */
    Optional<Instant> nextAfter(Instant instant);

    /**
     * The rule in words, e.g. {@code weekly: first working day of the week at 09:00 Europe/Berlin (MON-FRI)}.
     * Stored with the schedule: when it changes, the new rule applies from then on and nothing is caught up
     * under the old one.
     */
    String describe();
}
