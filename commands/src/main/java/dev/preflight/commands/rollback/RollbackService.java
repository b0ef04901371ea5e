package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.template.RollbackStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.preflight.commands.rollback.Ledger.say;
import static dev.preflight.commands.rollback.Ledger.whisper;
import static dev.preflight.commands.rollback.RollbackText.mention;

/**
 * Opens rollback runs and walks their steps in order: a step executes only when a permitted person confirms it,
 * the run stops at a failed step until someone retries, skips or aborts, and an abort kills a running step at once.
 */
final class RollbackService {

    private static final System.Logger LOG = System.getLogger(RollbackService.class.getName());

    private final Engine engine;
    private final ParameterRules rules;
    private final Map<Long, Active> active = new ConcurrentHashMap<>();

    RollbackService(Engine engine) {
        this.engine = engine;
        this.rules = new ParameterRules(engine.settings.parameters());
    }

    /** A step executing now, with who confirmed it and, once asked for, the abort that is killing it. */
    private static final class Active {
        final long attempt;
        final int step;
        final String confirmedBy;
        final String requestId;
        final LiveRun live;
        volatile Abort abort;
        volatile CompletableFuture<Void> recorded = CompletableFuture.completedFuture(null);

        Active(long attempt, int step, String confirmedBy, String requestId, LiveRun live) {
            this.attempt = attempt;
            this.step = step;
            this.confirmedBy = confirmedBy;
            this.requestId = requestId;
            this.live = live;
        }
    }

    private record Abort(String by, String reason, String requestId) {
    }

    List<Reply> handle(long id, String user, String requestId, RollbackCommand command) {
        if (command instanceof RollbackCommand.Show) {
            return engine.ledger.change(id, user, requestId, s -> say(RollbackStatus.describe(s,
                    engine.plan(s.deployment()), engine.access, rules, engine.settings, isActive(s))));
        }
        if (!engine.access.permits(user)) {
            return List.of(new Reply.Whisper(engine.access.refusal(doing(command))));
        }
        return engine.ledger.change(id, user, requestId, s -> decide(s, user, requestId, command));
    }

    /** Kills the steps running now and waits a little for their ends to be recorded. */
    void close() {
        List<Active> running = List.copyOf(active.values());
        running.forEach(a -> a.live.cancel());
        try {
            CompletableFuture.allOf(running.stream().map(a -> a.recorded).toArray(CompletableFuture[]::new))
                    .get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "rollback steps killed at shutdown were not all recorded", e);
        }
    }

    private Ledger.Decision decide(Snapshot s, String user, String requestId, RollbackCommand command) {
        if (command instanceof RollbackCommand.Start start) {
            return new Opening(s, engine, rules).open(user, start.parameters(), start.dryRun());
        }
        Optional<RollbackRun> open = s.log().open();
        if (open.isEmpty()) {
            return whisper("No rollback is open here. Type `rollback` for the plan, then `rollback start "
                    + "<name>=<value>` to open one.");
        }
        RollbackRun run = open.get();
        RollbackPlan plan = engine.plan(s.deployment());
        if (command instanceof RollbackCommand.Approve) {
            return approve(plan, run, user);
        }
        if (command instanceof RollbackCommand.Abort abort) {
            return abort(s, user, requestId, abort.reason());
        }
        StepState current = run.current().orElseThrow(() -> new AssertionError("an open run has a current step"));
        Optional<Integer> asked = command instanceof RollbackCommand.Run r ? r.step()
                : ((RollbackCommand.Skip) command).step();
        if (asked.isPresent() && asked.get() != current.number()) {
            return whisper(run.step(asked.get()).map(st -> "Step " + st.number() + " is " + (st.closed() ? "done"
                    : "not next") + ";").orElse("There is no step " + asked.get() + ";") + " the next step is "
                    + current.number() + ". Type `rollback` to see where the rollback stands.");
        }
        if (active.containsKey(s.id())) {
            return whisper("Step " + current.number() + " is still running; `rollback abort` stops it.");
        }
        if (command instanceof RollbackCommand.Skip skip) {
            return new Ledger.Append(List.of(new DeploymentEvent.RollbackStepSkipped(current.number(),
                    skip.reason())), seq -> afterSkip(s.id(), plan, user, current));
        }
        return run(s, plan, run, current, user, requestId);
    }

    private Ledger.Decision approve(RollbackPlan plan, RollbackRun run, String user) {
        if (run.approvalsMissing() == 0) {
            return whisper("This rollback needs no further approval.");
        }
        if (run.startedBy().equals(user) || run.approvedBy().contains(user)) {
            return whisper("You opened this rollback; a second person with " + engine.access.describe()
                    + " must approve it.");
        }
        return new Ledger.Append(List.of(new DeploymentEvent.RollbackApproved()), seq -> List.of(new Reply.Say(
                "Approved by " + mention(user) + ". Steps may run now.\n" + RollbackText.next(plan, run,
                        run.current().orElseThrow(), false))));
    }

    private Ledger.Decision run(Snapshot s, RollbackPlan plan, RollbackRun run, StepState current, String user,
                                String requestId) {
        if (run.approvalsMissing() > 0) {
            return whisper("No step runs before a second approval: someone other than " + mention(run.startedBy())
                    + " with " + engine.access.describe() + " types `rollback approve`.");
        }
        RollbackStep step = current.step();
        StepCommand command = plan.command(step, run.parameters());
        String shown = plan.redactor().redact(command.line());
        DeploymentEvent.RollbackStepStarted started = new DeploymentEvent.RollbackStepStarted(step.number(), user,
                shown);
        String heading = RollbackText.heading(step, run.steps().size()) + "\n`$ " + shown + "`\n";
        if (run.dryRun()) {
            return new Ledger.Append(List.of(new DeploymentEvent.RollbackStepRehearsed(step.number(), shown)),
                    seq -> List.of(new Reply.Say(heading + "Dry run: shown to " + mention(user)
                            + ", nothing was executed.\n" + afterwards(s.id(), plan))));
        }
        return new Ledger.Append(List.of(started), seq -> {
            String key = "rollback/" + s.id() + "/" + seq;
            Engine.Started launched = engine.launch(s.deployment(), key, heading + "Running, confirmed by "
                    + mention(user) + " …", command, plan.redactor());
            Active a = new Active(seq, step.number(), user, requestId, launched.live());
            active.put(s.id(), a);
            a.recorded = launched.outcome().thenAccept(outcome -> finish(s.id(), plan, heading, a, outcome));
            return List.of();
        });
    }

    private Ledger.Decision abort(Snapshot s, String user, String requestId, String reason) {
        Active a = active.get(s.id());
        if (a == null) {
            return new Ledger.Append(List.of(new DeploymentEvent.RollbackAborted(reason)), seq -> List.of(
                    new Reply.Say("Rollback aborted by " + mention(user) + RollbackText.reason(reason)
                            + ". No further step will run.")));
        }
        if (a.abort != null) {
            return whisper("The rollback is being aborted already.");
        }
        a.abort = new Abort(user, reason, requestId);
        a.live.cancel();
        return say("Aborting: killing step " + a.step + " and everything it started, on the word of "
                + mention(user) + ".");
    }

    /**
     * Records how a step ended, with the abort that killed it if there was one. The abort is read under the
     * deployment's lock, so that an abort either finds the step still running (and is recorded with its end)
     * or finds it ended (and is recorded on its own).
     */
    private void finish(long id, RollbackPlan plan, String heading, Active a, StepOutcome outcome) {
        String outputRef = engine.keep(id, a.live.output());
        Optional<Abort> abort;
        try {
            abort = engine.ledger.locked(id, () -> {
                try {
                    return record(id, a, outcome, outputRef);
                } finally {
                    active.remove(id, a);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot record how rollback step " + a.step + " ended", e);
            a.live.finish(heading + RollbackText.outcome(outcome, engine.settings.timeout()) + "\nPreflight could "
                    + "not record this result; the step will show as interrupted.", List.of());
            return;
        }
        String status = RollbackText.outcome(outcome, engine.settings.timeout()) + ", confirmed by "
                + mention(a.confirmedBy) + ".";
        if (abort.isPresent()) {
            a.live.finish(heading + status + "\nRollback aborted by " + mention(abort.get().by())
                    + RollbackText.reason(abort.get().reason()) + ". No further step will run.", List.of());
            return;
        }
        Optional<RollbackRun> run = engine.ledger.snapshot(id).log().open();
        a.live.finish(heading + status + "\n" + afterwards(id, plan),
                run.flatMap(RollbackRun::current).map(st -> RollbackText.actions(st.number())).orElse(List.of()));
    }

    /** Appends the step's end, and the abort asked for while it ran; returns that abort. */
    private Optional<Abort> record(long id, Active a, StepOutcome outcome, String outputRef) {
        Abort asked = a.abort;
        List<DeploymentEvent> events = new ArrayList<>(List.of(new DeploymentEvent.RollbackStepFinished(
                a.step, outcome.exitCode(), outcome.duration().toMillis(),
                outcome.ending() == StepOutcome.Ending.TIMED_OUT, outputRef)));
        if (asked != null) {
            events.add(new DeploymentEvent.RollbackAborted(asked.reason()));
        }
        engine.ledger.change(id, asked == null ? a.confirmedBy : asked.by(),
                (asked == null ? a.requestId : asked.requestId()) + "/finished",
                s -> stillRunning(s, a) ? new Ledger.Append(events, seq -> List.of())
                        : new Ledger.Answer(List.of()));
        return Optional.ofNullable(asked);
    }

    /** The step's attempt is still the last one of the open run and has not ended yet. */
    private static boolean stillRunning(Snapshot s, Active a) {
        return s.log().open().flatMap(r -> r.step(a.step)).flatMap(StepState::lastAttempt)
                .filter(att -> att.sequence() == a.attempt && att.result().isEmpty()).isPresent();
    }

    private List<Reply> afterSkip(long id, RollbackPlan plan, String user, StepState skipped) {
        return List.of(new Reply.Say("Step " + skipped.number() + " (" + skipped.step().title() + ") skipped by "
                + mention(user) + ".\n" + afterwards(id, plan)));
    }

    /** What comes next in the deployment's latest run: its next step, or that it is complete. */
    private String afterwards(long id, RollbackPlan plan) {
        RollbackLog log = engine.ledger.snapshot(id).log();
        RollbackRun run = log.latest().orElseThrow();
        return run.current().map(st -> RollbackText.next(plan, run, st, false)).orElse(RollbackText.complete(run));
    }

    private boolean isActive(Snapshot s) {
        return active.containsKey(s.id());
    }

    private static String doing(RollbackCommand command) {
        if (command instanceof RollbackCommand.Start) {
            return "open a rollback";
        } else if (command instanceof RollbackCommand.Approve) {
            return "approve a rollback";
        } else if (command instanceof RollbackCommand.Run) {
            return "run rollback steps";
        } else if (command instanceof RollbackCommand.Skip) {
            return "skip rollback steps";
        } else if (command instanceof RollbackCommand.Abort) {
            return "abort a rollback";
        }
        throw new AssertionError("reading the plan needs no role");
    }
}
