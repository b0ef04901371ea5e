package dev.preflight.commands.conversation;

/**
 * Thrown by a command record whose arguments do not make sense; the message is the one line shown to the user
 * (what is wrong and what to type instead). {@link CommandParser} turns it into a reply; it never leaves the parser.
 */
final class InvalidCommand extends IllegalArgumentException {

    InvalidCommand(String message) {
        super(message);
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new InvalidCommand(message);
        }
    }
}
