package dev.preflight.commands.deployment;

/** The deployment store could not do what was asked: the database is unreachable, full or broken. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
