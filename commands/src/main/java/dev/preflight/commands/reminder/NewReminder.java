package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An occurrence about to be claimed. At most one reminder exists per cadence and due time, and per request id.
 *
 * @param requestId the request that asked for it ({@link Origin#ON_DEMAND} only), so that a replay posts nothing
 */
public record NewReminder(Cadence cadence, Origin origin, Instant dueAt, String channel, ZoneId zone,
                          List<String> tasks, Instant deadline, Optional<Instant> periodEnd,
                          Optional<Instant> firstNudgeAt, Optional<String> requestId) {

    public NewReminder {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(firstNudgeAt, "firstNudgeAt");
        Objects.requireNonNull(requestId, "requestId");
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty() || channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("a reminder needs a channel and at least one task");
        }
    }
}
