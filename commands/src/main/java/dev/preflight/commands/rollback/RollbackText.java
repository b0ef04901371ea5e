package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.Mention;
import dev.preflight.commands.template.RollbackStep;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The words of rollback messages, in the platform-neutral Markdown replies use. */
final class RollbackText {

    private RollbackText() {
    }

    static String mention(String user) {
        return Mention.of(user);
    }

    static String heading(RollbackStep step, int of) {
        return "*Step " + step.number() + " of " + of + " — " + step.title() + "*";
    }

    static String parameters(Map<String, String> values, Iterable<String> order) {
        StringBuilder out = new StringBuilder();
        for (String name : order) {
            if (values.containsKey(name)) {
                out.append(out.length() == 0 ? "" : ", ").append(name).append('=').append(values.get(name));
            }
        }
        return out.length() == 0 ? "no parameters" : out.toString();
    }

    /** "Next: step 2 of 5 — Revert code: `$ git revert abc1234`" and the commands that act on it. */
    static String next(RollbackPlan plan, RollbackRun run, StepState step, boolean interrupted) {
        int n = step.number();
        String command = plan.shown(step.step(), run.parameters());
        String what = switch (step.status()) {
            case FAILED -> "Step " + n + " failed. Type `rollback run " + n + "` to try it again, `rollback skip " + n
                    + "` to go on without it, or `rollback abort`.";
            case RUNNING -> interrupted ? "Step " + n + " was running when Preflight stopped: interrupted — outcome"
                    + " unknown. Check by hand, then type `rollback run " + n + "` to run it again or `rollback skip "
                    + n + "`." : "Step " + n + " is running; `rollback abort` stops it.";
            default -> run.dryRun() ? "Type `rollback run " + n + "` to see it (dry run: nothing is executed), `rollback"
                    + " skip " + n + "`, or `rollback abort`." : "Type `rollback run " + n + "` to run it, `rollback skip "
                    + n + "`, or `rollback abort`.";
        };
        return "Next: " + heading(step.step(), run.steps().size()) + "\n`$ " + command + "`\n" + what;
    }

    static List<String> actions(int step) {
        return List.of("rollback run " + step, "rollback skip " + step, "rollback abort");
    }

    static String complete(RollbackRun run) {
        long skipped = run.steps().stream().filter(s -> s.status() == StepState.Status.SKIPPED).count();
        return (run.dryRun() ? "The dry run is complete: nothing was executed" : "The rollback is complete: every"
                + " step ran") + (skipped == 0 ? "" : " (" + skipped + " skipped)") + ".";
    }

    /** A step's line in the status: "✓ 1. Stop application — exit 0 after 1.2 s, confirmed by <@U1>". */
    static String status(StepState s, boolean interrupted) {
        String title = s.number() + ". " + s.step().title();
        return switch (s.status()) {
            case PENDING -> "· " + title + " — waiting";
            case SKIPPED -> "⤼ " + title + " — skipped by " + mention(s.skipped().orElseThrow().by())
                    + reason(s.skipped().orElseThrow().reason());
            case RUNNING -> (interrupted ? "⚠ " + title + " — interrupted — outcome unknown (confirmed by "
                    : "▶ " + title + " — running (confirmed by ") + mention(lastBy(s)) + ")";
            case SUCCEEDED -> "✓ " + title + " — " + result(s.lastAttempt().orElseThrow()) + ", confirmed by "
                    + mention(lastBy(s));
            case REHEARSED -> "✓ " + title + " — shown to " + mention(lastBy(s)) + " (dry run)";
            case FAILED -> "✗ " + title + " — " + result(s.lastAttempt().orElseThrow()) + ", confirmed by "
                    + mention(lastBy(s));
        };
    }

    static String result(StepAttempt attempt) {
        StepAttempt.Result r = attempt.result().orElseThrow();
        String took = duration(Duration.ofMillis(r.durationMillis()));
        if (r.timedOut()) {
            return "killed at its time-out after " + took;
        }
        return r.exitCode() < 0 ? "killed or not started after " + took : "exit " + r.exitCode() + " after " + took;
    }

    static String outcome(StepOutcome o, Duration timeout) {
        String took = duration(o.duration());
        return switch (o.ending()) {
            case EXITED -> (o.exitCode() == 0 ? "✓ Exit 0" : "✗ Exit " + o.exitCode()) + " after " + took;
            case TIMED_OUT -> "✗ Killed, with everything it started, at its time-out of " + duration(timeout);
            case CANCELLED -> "✗ Killed, with everything it started, after " + took;
            case NOT_STARTED -> "✗ Could not be started";
        };
    }

    static String duration(Duration d) {
        long millis = d.toMillis();
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return d.toMinutes() + "m " + String.format(java.util.Locale.ROOT, "%02ds", d.toSecondsPart());
    }

    static String reason(String reason) {
        return reason.isBlank() ? "" : ": " + reason;
    }

    static String lines(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static String lastBy(StepState s) {
        return s.lastAttempt().orElseThrow().confirmedBy();
    }
}
