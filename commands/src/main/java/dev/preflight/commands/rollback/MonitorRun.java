package dev.preflight.commands.rollback;

import java.time.Instant;

/** A monitoring command that ran in a deployment's thread, as its audit log records it. */
public record MonitorRun(String monitor, String command, String by, Instant at, int exitCode, long durationMillis,
                         boolean timedOut, String outputRef) {
}
