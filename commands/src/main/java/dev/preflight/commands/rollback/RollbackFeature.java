package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.DeploymentStore;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rollbacks and monitoring commands, built once at start-up: gives the handlers of the {@code rollback} and
 * {@code monitor} verbs. Closing it kills the commands still running (their steps show as interrupted later).
 */
public final class RollbackFeature implements AutoCloseable {

    private final Engine engine;
    private final RollbackService rollbacks;
    private final MonitorService monitors;
    private final RollbackHandler rollbackHandler;
    private final MonitorHandler monitorHandler;

    /**
     * @param roles           role slug → user ids, the mapping deployments use for sign-offs
     * @param hostEnvironment the bot's environment ({@code System::getenv} wrapped), to know secret values by
     */
    public RollbackFeature(DeploymentStore deployments, StepOutputStore outputs, StepRunner runner,
                           RollbackListener listener, RollbackSettings settings, Map<String, Set<String>> roles,
                           Function<String, Optional<String>> hostEnvironment, Clock clock) {
        this.engine = new Engine(new Ledger(deployments, clock), new Access(settings.roles(), roles),
                new Secrets(hostEnvironment, settings), settings, outputs, runner, listener);
        this.rollbacks = new RollbackService(engine);
        this.monitors = new MonitorService(engine);
        this.rollbackHandler = new RollbackHandler(deployments, rollbacks);
        this.monitorHandler = new MonitorHandler(deployments, monitors);
    }

    public RollbackHandler rollback() {
        return rollbackHandler;
    }

    public MonitorHandler monitor() {
        return monitorHandler;
    }

    /** True while a rollback step of the deployment is executing. */
    public boolean stepRunning(long deploymentId) {
        return rollbacks.isRunning(deploymentId);
    }

    @Override
    public void close() {
        rollbacks.close();
        monitors.close();
        engine.close();
    }
}
