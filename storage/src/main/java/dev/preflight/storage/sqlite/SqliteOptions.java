package dev.preflight.storage.sqlite;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SqliteDatabase} is opened. {@code synchronous} FULL (the default) makes every commit that
 * returned survive a crash of the process or of the machine; NORMAL is faster and still survives a crash of
 * the process, but a power loss may lose the last commits. {@code busyTimeout} is how long a connection waits
 * for another process's lock before failing.
 */
public record SqliteOptions(Synchronous synchronous, Duration busyTimeout) {

    public static final SqliteOptions DEFAULTS = new SqliteOptions(Synchronous.FULL, Duration.ofSeconds(10));

    public enum Synchronous { FULL, NORMAL }

    public SqliteOptions {
        Objects.requireNonNull(synchronous, "synchronous");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busyTimeout out of range: " + busyTimeout);
        }
    }

    public SqliteOptions withSynchronous(Synchronous value) {
        return new SqliteOptions(value, busyTimeout);
    }
}
