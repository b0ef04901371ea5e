package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;

import java.util.Set;

/**
 * What the core answers, independent of any chat platform; each adapter renders it its own way (Block Kit
 * in Slack, text in the console).
 */
public sealed interface Reply {

    /** Said where the command was typed, for everyone there (the deployment's thread when typed in one). */
    record Say(String text) implements Reply {
    }

    /** Shown only to the person who typed the command: a mistake or a refusal. Nothing was changed. */
    record Whisper(String text) implements Reply {
    }

    /**
     * The request was recorded before and the platform delivered it again (a retry, a click sent twice): nothing
     * changed. Shown only to the person, like a {@link Whisper}; an adapter that answered the first delivery, or
     * whose message already shows what came of it, need not say it again.
     */
    record Replayed(String text) implements Reply {
    }

    /** A deployment was started: post its root message in the channel and its checklist in the root's thread. */
    record Opened(Deployment deployment) implements Reply {
    }

    /**
     * A deployment changed: update its root message and the messages of the given sections (0-based indexes
     * into the template's sections) in place, and the sign-off message when {@code signOffs} is set.
     */
    record Changed(Deployment deployment, Set<Integer> sections, boolean signOffs) implements Reply {
        public Changed {
            sections = Set.copyOf(sections);
        }
    }

    /**
     * A file for the person who asked, e.g. an export: the adapter uploads it (or prints it in the console).
     * {@code fileName} ends in its format's extension ({@code .md}, {@code .json}).
     */
    record Document(String fileName, String content) implements Reply {
    }
}
