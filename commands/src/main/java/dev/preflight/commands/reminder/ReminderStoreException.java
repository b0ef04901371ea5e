package dev.preflight.commands.reminder;

/** The reminder store could not do what was asked: the database is unreachable, full or broken. */
public class ReminderStoreException extends RuntimeException {
    public ReminderStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
