package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;

import java.util.List;
import java.util.function.Function;

/** What a command decides given a deployment's current state: append these events, or refuse and say why. */
sealed interface Decision {

    /** Append {@code events} in one append; {@code replies} builds the answer from the state after them. */
    record Append(List<DeploymentEvent> events, Function<Deployment, List<Reply>> replies) implements Decision {
        public Append {
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("an append needs at least one event");
            }
        }
    }

    /** Change nothing. */
    record Refuse(List<Reply> replies) implements Decision {
        public Refuse {
            replies = List.copyOf(replies);
        }
    }

    static Decision refuse(String whisper) {
        return new Refuse(List.of(new Reply.Whisper(whisper)));
    }
}
