package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;

import java.util.List;
import java.util.Optional;

/** The {@code rollback} verb: {@code rollback [plan|start|approve|run|skip|abort]}, typed in a deployment's thread. */
public final class RollbackHandler {

    private final DeploymentStore store;
    private final RollbackService service;

    RollbackHandler(DeploymentStore store, RollbackService service) {
        this.store = store;
        this.service = service;
    }

    /** {@code invocation.text()} is what follows the word {@code rollback}. */
    public List<Reply> handle(Invocation invocation) {
        RollbackCommandParser.Parsed parsed = RollbackCommandParser.parse(invocation.text());
        if (parsed.command().isEmpty()) {
            return List.of(new Reply.Whisper(parsed.error()));
        }
        return handle(invocation, parsed.command().get());
    }

    /** For a registry that has parsed the command already. */
    public List<Reply> handle(Invocation invocation, RollbackCommand command) {
        Optional<Deployment> deployment = DeploymentLookup.find(store, invocation);
        if (deployment.isEmpty()) {
            return List.of(new Reply.Whisper(DeploymentLookup.WHERE));
        }
        return service.handle(deployment.get().id(), invocation.user(), invocation.requestId(), command);
    }

    /** Parses the text after {@code rollback}; empty with {@code error} set when it is not a rollback command. */
    public static Optional<RollbackCommand> parse(String text) {
        return RollbackCommandParser.parse(text).command();
    }
}
