package dev.preflight.commands.reminder;

/** A reminder could not be posted or updated: the chat platform is unreachable or refused it. */
public class ReminderPostException extends RuntimeException {
    public ReminderPostException(String message) {
        super(message);
    }

    public ReminderPostException(String message, Throwable cause) {
        super(message, cause);
    }
}
