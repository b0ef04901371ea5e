package dev.preflight.bot.slack.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's pace per channel: a burst of {@code burst} messages, then one per {@code interval}; and after a 429,
 * nothing until its Retry-After has passed. Kept in memory: a restart allows one burst more.
 */
final class Pace {

    private final Duration interval;
    private final int burst;
    private final Map<String, Instant> theoretical = new HashMap<>();
    private final Map<String, Instant> heldUntil = new HashMap<>();

    Pace(Duration interval, int burst) {
        this.interval = interval;
        this.burst = burst;
    }

    /**
     * Takes a turn for {@code channel} when one is free at {@code now} and returns empty; otherwise takes
     * nothing and returns when the next turn is free. (A generic cell rate algorithm: each turn moves the
     * channel's theoretical time one interval on; a turn is free while that time is at most a burst ahead.)
     */
    synchronized Optional<Instant> take(String channel, Instant now) {
        Instant held = heldUntil.getOrDefault(channel, Instant.MIN);
        if (held.isAfter(now)) {
            return Optional.of(held);
        }
        Instant tat = theoretical.getOrDefault(channel, now);
        if (tat.isBefore(now)) {
            tat = now;
        }
        Instant free = tat.minus(interval.multipliedBy(burst - 1L));
        if (free.isAfter(now)) {
            return Optional.of(free);
        }
        theoretical.put(channel, tat.plus(interval));
        return Optional.empty();
    }

    /** Slack asked {@code channel} to wait until {@code until}. */
    synchronized void hold(String channel, Instant until) {
        heldUntil.merge(channel, until, (a, b) -> a.isAfter(b) ? a : b);
    }
}
