package dev.preflight.commands.rollback;

import java.util.List;
import java.util.Optional;

/**
 * The message of one rollback step's attempt (or one monitoring command run) in a deployment's thread.
 *
 * @param key      the same for every version of this message; a later version replaces the earlier one
 * @param text     heading and status, in the platform-neutral Markdown the replies use
 * @param output   the last 3,000 characters of output so far, secrets redacted; shown as preformatted text
 * @param finished true for the last version of this message
 * @param actions  commands the reader may give next (buttons in Slack), e.g. {@code rollback run 3}
 */
public record LiveMessage(String channel, Optional<String> thread, String key, String text, String output,
                          boolean finished, List<String> actions) {

    public LiveMessage {
        actions = List.copyOf(actions);
    }

    /** The message as plain text, for the console. */
    public String render() {
        StringBuilder out = new StringBuilder(text);
        if (!output.isEmpty()) {
            out.append("\n```\n").append(output.replace("```", "ˋˋˋ"));
            out.append(output.endsWith("\n") ? "" : "\n").append("```");
        }
        return out.toString();
    }
}
