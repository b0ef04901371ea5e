package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the deployment a command is about: the one named with {@code #12}; else the one whose thread the
 * command was typed in; else the channel's only active deployment.
 */
final class DeploymentLocator {

    private final DeploymentStore store;

    DeploymentLocator(DeploymentStore store) {
        this.store = store;
    }

    /** The deployment found, or why none was. */
    sealed interface Located {
        List<Reply> map(Function<Deployment, List<Reply>> handler);

        record Found(Deployment deployment) implements Located {
            public List<Reply> map(Function<Deployment, List<Reply>> handler) {
                return handler.apply(deployment);
            }
        }

        record Missing(String message) implements Located {
            public List<Reply> map(Function<Deployment, List<Reply>> handler) {
                return List.of(new Reply.Whisper(message));
            }
        }

        /** None found because the request was recorded before, e.g. a {@code cancel} delivered again. */
        record Replayed() implements Located {
            public List<Reply> map(Function<Deployment, List<Reply>> handler) {
                return List.of(new Reply.Replayed("Already recorded; nothing changed."));
            }
        }
    }

    Located find(Request request) {
        Located located = locate(request);
        if (located instanceof Located.Missing && store.recorded(request.invocation().requestId())) {
            return new Located.Replayed();
        }
        return located;
    }

    private Located locate(Request request) {
        Invocation invocation = request.invocation();
        String channel = invocation.channel();
        if (request.deploymentId().isPresent()) {
            long id = request.deploymentId().getAsLong();
            return store.load(id).filter(d -> d.channel().equals(channel))
                    .<Located>map(Located.Found::new)
                    .orElseGet(() -> new Located.Missing("There is no deployment #" + id + " in this channel. "
                            + activeHere(store.active(channel))));
        }
        Optional<Deployment> inThread = invocation.thread().flatMap(thread -> store.byThread(channel, thread));
        if (inThread.isPresent()) {
            return new Located.Found(inThread.get());
        }
        List<Deployment> active = store.active(channel);
        if (active.size() == 1) {
            return new Located.Found(active.get(0));
        }
        if (active.isEmpty()) {
            return new Located.Missing("No deployment is active in this channel: start one with start <name>,"
                    + " or name a finished one by its id, e.g. #12 status.");
        }
        return new Located.Missing(active.size() + " deployments are active here (" + names(active)
                + "); put the id before the command, e.g. " + example(active.get(0), invocation.text()));
    }

    private static String activeHere(List<Deployment> active) {
        return active.isEmpty()
                ? "None is active here; start one with start <name>."
                : "Active here: " + names(active) + ".";
    }

    private static String names(List<Deployment> deployments) {
        return deployments.stream().map(d -> "#" + d.id() + " " + d.name()).collect(Collectors.joining(", "));
    }

    private static String example(Deployment d, String typed) {
        String command = typed.strip();
        return "#" + d.id() + " " + (command.length() <= 60 ? command : "<command>");
    }
}
