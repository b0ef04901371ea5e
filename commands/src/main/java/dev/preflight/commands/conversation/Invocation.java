package dev.preflight.commands.conversation;

import java.util.Optional;

/**
 * One command as typed by a person: who typed it, in which channel, in which deployment thread (the
 * platform's reference of the thread's root message, when typed inside one), the request id the platform
 * gave it (a replay of the same id changes nothing), and the text after the command word.
 */
public record Invocation(String user, String channel, Optional<String> thread, String requestId, String text) {
    public Invocation {
        if (user == null || user.isBlank() || channel == null || channel.isBlank()
                || requestId == null || requestId.isBlank() || text == null) {
            throw new IllegalArgumentException("an invocation needs a user, a channel, a request id and a text");
        }
    }
}
