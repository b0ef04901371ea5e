package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.DeploymentStore.Appended;
import dev.preflight.commands.deployment.TemplateLibrary;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@code start <name> [--template T] [--env ENV]}: a new deployment with a snapshot of the template's source. */
final class StartHandler implements Handler<Command.Start> {

    static final String DEFAULT_ENVIRONMENT = "production";

    private final DeploymentStore store;
    private final Clock clock;
    private final TemplateLibrary templates;
    private final EventWriter writer;

    StartHandler(DeploymentStore store, Clock clock, TemplateLibrary templates, EventWriter writer) {
        this.store = store;
        this.clock = clock;
        this.templates = templates;
        this.writer = writer;
    }

    @Override
    public List<Reply> handle(Command.Start start, Request request) {
        if (request.deploymentId().isPresent()) {
            return List.of(new Reply.Whisper("start opens a new deployment, so it takes no #id: start " + start.name()));
        }
        String name = start.template().orElse(templates.defaultName());
        Optional<TemplateLibrary.Source> source = templates.find(name);
        if (source.isEmpty()) {
            return List.of(new Reply.Whisper("There is no template " + name + "; the templates are "
                    + String.join(", ", templates.names()) + ". Leave out --template to use "
                    + templates.defaultName() + "."));
        }
        Invocation invocation = request.invocation();
        DeploymentEvent.Started started = new DeploymentEvent.Started(start.name(),
                start.environment().orElse(DEFAULT_ENVIRONMENT), invocation.channel(), source.get().name(),
                source.get().markdown());
        Appended result = store.create(started, clock.instant(), invocation.user(), invocation.requestId());
        if (result instanceof Appended.Done done) {
            return List.of(new Reply.Opened(done.deployment()));
        }
        if (result instanceof Appended.Duplicate duplicate) {
            return writer.alreadyRecorded(duplicate.deploymentId());
        }
        throw new AssertionError("a new deployment cannot conflict: " + result);
    }
}
