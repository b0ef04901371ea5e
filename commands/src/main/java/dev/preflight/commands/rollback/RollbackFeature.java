package dev.preflight.commands.rollback;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.TimeFormat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rollbacks and monitoring commands, built once at start-up; the command core hands it the {@code rollback} and
 * {@code monitor} verbs. Closing it kills the commands still running and records how they ended.
 */
public final class RollbackFeature implements AutoCloseable {

    private final Engine engine;
    private final RollbackService rollbacks;
    private final MonitorService monitors;

    /**
     * @param access          who holds which role: the policy deployments use for sign-offs
     * @param hostEnvironment the bot's environment ({@code System::getenv} wrapped), to know secret values by
     */
    public RollbackFeature(DeploymentStore deployments, StepOutputStore outputs, StepRunner runner,
                           RollbackListener listener, RollbackSettings settings, AccessPolicy access,
                           Function<String, Optional<String>> hostEnvironment, Clock clock) {
        this.engine = new Engine(new Ledger(deployments, clock), new Access(settings.roles(), access),
                new Secrets(hostEnvironment, settings), settings, outputs, runner, listener);
        this.rollbacks = new RollbackService(engine);
        this.monitors = new MonitorService(engine);
    }

    /** Carries out {@code rollback ...} (parsed with {@link RollbackCommandParser}) on {@code deployment}. */
    public List<Reply> rollback(Deployment deployment, Invocation invocation, RollbackCommand command) {
        return rollbacks.handle(deployment.id(), invocation.user(), invocation.requestId(), command);
    }

    /** Carries out {@code monitor [name]}: lists the template's monitoring commands, or runs the one named. */
    public List<Reply> monitor(Deployment deployment, Invocation invocation, String name) {
        return monitors.handle(deployment, invocation.user(), invocation.requestId(), name);
    }

    /** The deployment's rollback runs and monitoring commands with their full output, for the Markdown export. */
    public String export(Deployment deployment, TimeFormat times) {
        return RollbackExport.render(engine.ledger.snapshot(deployment.id()).log(), engine.outputs(), times);
    }

    @Override
    public void close() {
        rollbacks.close();
        monitors.close();
        engine.close();
    }
}
