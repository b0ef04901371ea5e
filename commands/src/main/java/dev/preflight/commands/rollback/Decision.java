package dev.preflight.commands.rollback;

import java.time.Instant;

/** Someone skipped a step or aborted a run, when, and why ("" when they gave no reason). */
public record Decision(String by, Instant at, String reason) {
}
