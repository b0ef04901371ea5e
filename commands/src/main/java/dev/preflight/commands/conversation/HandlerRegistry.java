package dev.preflight.commands.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps each kind of command to its handler. */
final class HandlerRegistry {

    private final Map<Class<? extends Command>, Bound<?>> handlers = new HashMap<>();
    private final DeploymentLocator locator;

    HandlerRegistry(DeploymentLocator locator) {
        this.locator = locator;
    }

    <C extends Command> HandlerRegistry on(Class<C> type, Handler<C> handler) {
        if (handlers.putIfAbsent(type, new Bound<>(type, handler)) != null) {
            throw new IllegalStateException(type.getSimpleName() + " has a handler already");
        }
        return this;
    }

    /** Registers a handler that needs the deployment the command is about. */
    <C extends Command> HandlerRegistry onDeployment(Class<C> type, DeploymentHandler<C> handler) {
        return on(type, (command, request) -> locator.find(request)
                .map(deployment -> handler.handle(command, deployment, request.invocation())));
    }

    Set<Class<? extends Command>> handled() {
        return Set.copyOf(handlers.keySet());
    }

    List<Reply> dispatch(Command command, Request request) {
        Bound<?> bound = handlers.get(command.getClass());
        if (bound == null) {
            throw new AssertionError("no handler for " + command.getClass().getSimpleName());
        }
        return bound.handle(command, request);
    }

    private record Bound<C extends Command>(Class<C> type, Handler<C> handler) {
        List<Reply> handle(Command command, Request request) {
            return handler.handle(type.cast(command), request);
        }
    }
}
