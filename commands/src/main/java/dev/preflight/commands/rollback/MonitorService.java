package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.template.MonitoringCommand;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static dev.preflight.commands.rollback.RollbackText.mention;

/**
 * {@code monitor <name>}: runs one of the template's monitoring commands like a rollback step (same runner,
 * time-out, redaction and live message) and records it in the deployment's log.
 */
final class MonitorService {

    private final Engine engine;
    private static final System.Logger LOG = System.getLogger(MonitorService.class.getName());

    private final Map<String, LiveRun> running = new ConcurrentHashMap<>();

    MonitorService(Engine engine) {
        this.engine = engine;
    }

    List<Reply> handle(Deployment d, String user, String requestId, String text) {
        List<MonitoringCommand> commands = d.template().monitoring();
        String name = text.strip();
        if (commands.isEmpty()) {
            return whisper("This deployment's template has no monitoring commands.");
        }
        if (name.isEmpty() || name.equals("list")) {
            return List.of(new Reply.Say(list(d, commands)));
        }
        Optional<MonitoringCommand> command = commands.stream().filter(c -> c.slug().equalsIgnoreCase(name))
                .findFirst();
        if (command.isEmpty()) {
            return whisper("There is no monitoring command by that name.\n" + list(d, commands));
        }
        if (!engine.access.permits(user)) {
            return whisper(engine.access.refusal("run monitoring commands"));
        }
        String slot = d.id() + "/" + command.get().slug();
        synchronized (running) {
            if (running.containsKey(slot)) {
                return whisper("`monitor " + command.get().slug() + "` is running already.");
            }
            running.put(slot, start(d, command.get(), user, requestId, slot));
        }
        return List.of();
    }

    /** Kills the monitoring commands running now and waits a little for their ends to be recorded. */
    void close() {
        List<LiveRun> runs;
        synchronized (running) {
            runs = List.copyOf(running.values());
        }
        runs.forEach(LiveRun::cancel);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        synchronized (running) {
            long left;
            while (!running.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(running, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private LiveRun start(Deployment d, MonitoringCommand monitor, String user, String requestId, String slot) {
        Redactor redactor = engine.secrets.redactorFor(d.template());
        StepCommand command = new CommandTemplate(monitor.command(), List.of()).fill(Map.of(), engine.prefix());
        String shown = redactor.redact(command.line());
        String heading = "*Monitor — " + monitor.title() + "*\n`$ " + shown + "`\n";
        Engine.Started launched = engine.launch(d, "monitor/" + d.id() + "/" + requestId, heading
                + "Running, for " + mention(user) + " …", command, redactor);
        launched.outcome().whenComplete((outcome, error) -> {
            try {
                String ref = engine.keep(d.id(), launched.live().output());
                engine.ledger.change(d.id(), user, requestId + "/monitor", s -> new Ledger.Append(List.of(
                        new DeploymentEvent.MonitorRan(monitor.slug(), shown, outcome.exitCode(),
                                outcome.duration().toMillis(), outcome.ending() == StepOutcome.Ending.TIMED_OUT,
                                ref)), seq -> List.of()));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "cannot record the monitoring command " + monitor.slug(), e);
            } finally {
                synchronized (running) {
                    running.remove(slot);
                    running.notifyAll();
                }
                launched.live().finish(heading + RollbackText.outcome(outcome, engine.settings.timeout())
                        + ", for " + mention(user) + ".", List.of("monitor " + monitor.slug()));
            }
        });
        return launched.live();
    }

    private String list(Deployment d, List<MonitoringCommand> commands) {
        Redactor redactor = engine.secrets.redactorFor(d.template());
        StringBuilder out = new StringBuilder("*Monitoring commands* — type `monitor <name>` to run one here:");
        for (MonitoringCommand c : commands) {
            out.append("\n`monitor ").append(c.slug()).append("` — ").append(c.title()).append(": `")
                    .append(redactor.redact(c.command().strip())).append('`');
        }
        return out.toString();
    }

    private static List<Reply> whisper(String text) {
        return List.of(new Reply.Whisper(text));
    }
}
