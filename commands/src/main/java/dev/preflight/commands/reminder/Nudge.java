package dev.preflight.commands.reminder;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code number}th nudge (from 1) of an unfinished reminder; {@code mention} is the escalation role to
 * mention, from the second nudge on, when one is configured.
 */
public record Nudge(int number, Optional<String> mention) {
    public Nudge {
        Objects.requireNonNull(mention, "mention");
        if (number < 1) {
            throw new IllegalArgumentException("nudges count from 1");
        }
    }
}
