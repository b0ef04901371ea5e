package dev.preflight.commands.conversation;

import dev.preflight.commands.rollback.RollbackCommand;

import java.util.Optional;

import static dev.preflight.commands.conversation.InvalidCommand.require;

/** A command parsed from what a person typed. Each record checks its own arguments. */
sealed interface Command {

    int MAX_NAME = 80;
    int MAX_ENVIRONMENT = 40;

    record Start(String name, Optional<String> template, Optional<String> environment) implements Command {
        public Start {
            require(!name.isBlank(), "Give the deployment a name: start <name> [--template T] [--env ENV]");
            require(name.length() <= MAX_NAME, "Keep the name to " + MAX_NAME + " characters: start <name>");
            environment.ifPresent(env -> require(env.matches("[\\p{L}\\p{N}._-]{1," + MAX_ENVIRONMENT + "}"),
                    "Name the environment in one word of letters, digits, . _ or -: --env staging"));
        }
    }

    record Tick(ItemRefs refs) implements Command {
    }

    record Untick(ItemRefs refs) implements Command {
    }

    record MarkNotApplicable(ItemRefs refs, String reason) implements Command {
        public MarkNotApplicable {
            require(!reason.isBlank(), "Say why it does not apply: na 12 no uploads in this release (help na)");
        }
    }

    record SignOff(String role, String comment) implements Command {
        public SignOff {
            require(!role.isBlank(), "Say which role: signoff dev-lead [comment]");
        }
    }

    record RevokeSignOff(String role) implements Command {
        public RevokeSignOff {
            require(!role.isBlank(), "Say which role: signoff revoke dev-lead");
        }
    }

    record ShowStatus() implements Command {
    }

    /** {@code done}, or {@code done --force <reason>} when {@code forcedReason} is present. */
    record Complete(Optional<String> forcedReason) implements Command {
        public Complete {
            require(forcedReason.map(r -> !r.isBlank()).orElse(true),
                    "Say why you force it: done --force <reason>");
        }
    }

    record Cancel(String reason) implements Command {
        public Cancel {
            require(!reason.isBlank(), "Say why: cancel <reason>, e.g. cancel postponed to Monday");
        }
    }

    record ListActive() implements Command {
    }

    record ShowLog() implements Command {
    }

    record Export(Format format) implements Command {
        enum Format { MD, JSON }
    }

    record Help(Optional<Verb> topic) implements Command {
    }

    /** {@code remind <arguments>}: a maintenance reminder command, parsed by the reminder feature itself. */
    record Remind(String arguments) implements Command {
    }

    /** {@code rollback ...}, read by the rollback feature's own grammar. */
    record Rollback(RollbackCommand command) implements Command {
    }

    /** {@code monitor [name]}: an empty name lists the monitoring commands. */
    record Monitor(String name) implements Command {
    }
}
