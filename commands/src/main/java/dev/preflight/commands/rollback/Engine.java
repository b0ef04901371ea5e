package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.StoreException;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** What rollback steps and monitoring commands share: the log, the rules, the runner and the message updates. */
final class Engine implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Engine.class.getName());

    final Ledger ledger;
    final Access access;
    final Secrets secrets;
    final RollbackSettings settings;
    private final StepOutputStore outputs;
    private final StepRunner runner;
    private final RollbackListener listener;
    private final ScheduledExecutorService notifier;

    Engine(Ledger ledger, Access access, Secrets secrets, RollbackSettings settings, StepOutputStore outputs,
           StepRunner runner, RollbackListener listener) {
        this.ledger = ledger;
        this.access = access;
        this.secrets = secrets;
        this.settings = settings;
        this.outputs = outputs;
        this.runner = runner;
        this.listener = listener;
        this.notifier = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "preflight-rollback-updates");
            t.setDaemon(true);
            return t;
        });
    }

    RollbackPlan plan(Deployment d) {
        return new RollbackPlan(d.template().rollback(), settings.prefix(), secrets.redactorFor(d.template()));
    }

    /** Posts the command's message and starts it; {@code started} holds the run and its pending outcome. */
    Started launch(Deployment d, String key, String heading, StepCommand command, Redactor redactor) {
        LiveRun live = new LiveRun(d.channel(), d.threadRef(), key, heading, redactor, listener, notifier,
                settings.updateEvery());
        return new Started(live, live.start(runner, command, settings.timeout()));
    }

    record Started(LiveRun live, java.util.concurrent.CompletableFuture<StepOutcome> outcome) {
    }

    /** Stores a command's full output; "" when there is none or the store fails (the result is still recorded). */
    String keep(long deploymentId, String output) {
        if (output.isEmpty()) {
            return "";
        }
        try {
            return outputs.keep(deploymentId, output);
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot store the output of a rollback command", e);
            return "";
        }
    }

    StepOutputStore outputs() {
        return outputs;
    }

    List<String> prefix() {
        return settings.prefix();
    }

    @Override
    public void close() {
        notifier.shutdown();
        try {
            notifier.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
