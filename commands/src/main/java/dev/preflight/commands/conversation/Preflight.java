package dev.preflight.commands.conversation;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.DeploymentStore.Appended;
import dev.preflight.commands.deployment.Mention;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.reminder.ReminderCommands;
import dev.preflight.commands.rollback.RollbackFeature;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point every chat platform calls: the Slack {@code /deploy} command, the console and later
 * Discord pass what a person typed and render the replies. Safe to call from many threads at once.
 */
public final class Preflight {

    /** Who appends the events Preflight records by itself, such as the link to a checklist thread. */
    public static final String BOT_ACTOR = Mention.PREFLIGHT;

    private final DeploymentStore store;
    private final Clock clock;
    private final TimeFormat times;
    private final HandlerRegistry handlers;

    public Preflight(DeploymentStore store, Clock clock, TemplateLibrary templates, AccessPolicy access, ZoneId zone) {
        this(store, clock, templates, access, zone, Optional.empty());
    }

    /** With maintenance reminders: {@code remind ...} is handed to {@code reminders} (without them it says they are off). */
    public Preflight(DeploymentStore store, Clock clock, TemplateLibrary templates, AccessPolicy access, ZoneId zone,
                     Optional<ReminderCommands> reminders) {
        this(store, clock, templates, access, zone, reminders, Optional.empty());
    }

    /**
     * With reminders and rollbacks: {@code rollback ...} and {@code monitor ...} are handed to {@code rollbacks},
     * which runs the template's rollback plan and monitoring commands (without it they say they are not set up).
     */
    public Preflight(DeploymentStore store, Clock clock, TemplateLibrary templates, AccessPolicy access, ZoneId zone,
                     Optional<ReminderCommands> reminders, Optional<RollbackFeature> rollbacks) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.times = new TimeFormat(zone, clock);
        EventWriter writer = new EventWriter(store, clock, times);
        this.handlers = new HandlerRegistry(new DeploymentLocator(store))
                .on(Command.Start.class, new StartHandler(store, clock, Objects.requireNonNull(templates), writer))
                .onDeployment(Command.Tick.class, new TickHandler(writer, times))
                .onDeployment(Command.Untick.class, new UntickHandler(writer))
                .onDeployment(Command.MarkNotApplicable.class, new NotApplicableHandler(writer, times))
                .onDeployment(Command.SignOff.class, new SignOffHandler(writer, Objects.requireNonNull(access), times))
                .onDeployment(Command.RevokeSignOff.class, new RevokeSignOffHandler(writer, access))
                .onDeployment(Command.ShowStatus.class, new StatusHandler(times))
                .onDeployment(Command.Complete.class, new DoneHandler(writer, access))
                .onDeployment(Command.Cancel.class, new CancelHandler(writer))
                .on(Command.ListActive.class, new ListHandler(store, times))
                .onDeployment(Command.ShowLog.class, new LogHandler(store, times))
                .onDeployment(Command.Export.class, new ExportHandler(store, times, rollbacks))
                .on(Command.Remind.class, new RemindHandler(reminders))
                .on(Command.Help.class, new HelpHandler())
                .onDeployment(Command.Rollback.class, (command, deployment, invocation) -> rollbacks
                        .map(r -> r.rollback(deployment, invocation, command.command())).orElseGet(Preflight::noRollbacks))
                .onDeployment(Command.Monitor.class, (command, deployment, invocation) -> rollbacks
                        .map(r -> r.monitor(deployment, invocation, command.name())).orElseGet(Preflight::noRollbacks));
        Set<Class<?>> missing = new HashSet<>(Arrays.asList(Command.class.getPermittedSubclasses()));
        missing.removeAll(handlers.handled());
        if (!missing.isEmpty()) {
            throw new AssertionError("commands without a handler: " + missing);
        }
    }

    /**
     * Parses {@code invocation.text()} and carries the command out. A user's mistake comes back as one
     * {@link Reply.Whisper}; only a failing store throws ({@link dev.preflight.commands.deployment.StoreException}).
     */
    public List<Reply> handle(Invocation invocation) {
        CommandParser.Result parsed = CommandParser.parse(invocation.text());
        if (parsed instanceof CommandParser.Result.Rejected rejected) {
            return List.of(new Reply.Whisper(rejected.message()));
        }
        CommandParser.Result.Accepted accepted = (CommandParser.Result.Accepted) parsed;
        return handlers.dispatch(accepted.command(), new Request(invocation, accepted.deploymentId()));
    }

    /**
     * Records where the platform posted a deployment's root message (after rendering {@link Reply.Opened}), so
     * that commands typed in its thread act on it. Recording the same link again changes nothing.
     */
    public Deployment linkThread(long deploymentId, String threadRef) {
        for (int attempt = 0; attempt < EventWriter.ATTEMPTS; attempt++) {
            Deployment d = store.load(deploymentId)
                    .orElseThrow(() -> new IllegalArgumentException("there is no deployment " + deploymentId));
            if (d.threadRef().filter(threadRef::equals).isPresent()) {
                return d;
            }
            Appended result = store.append(deploymentId, d.sequence(), List.of(new DeploymentEvent.ThreadLinked(threadRef)),
                    clock.instant(), BOT_ACTOR, "thread:" + deploymentId + ":" + threadRef);
            if (result instanceof Appended.Done done) {
                return done.deployment();
            }
        }
        throw new IllegalStateException("deployment " + deploymentId + " kept changing while linking its thread");
    }

    private static List<Reply> noRollbacks() {
        return List.of(new Reply.Whisper("Rollbacks and monitoring commands are not set up in this Preflight."));
    }

    /** How this Preflight shows moments; adapters pass it to the views so that every platform shows the same. */
    public TimeFormat times() {
        return times;
    }
}
