package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.TimeFormat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rollback runs and monitoring commands of a deployment as Markdown, for the export: every attempt of every
 * step with who confirmed it, its exact command, its exit code, its duration and its full (redacted) output.
 * Users appear as {@code @U123}, as in the rest of the export.
 */
final class RollbackExport {

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private final StepOutputStore outputs;
    private final TimeFormat times;
    private final List<String> lines = new ArrayList<>();

    private RollbackExport(StepOutputStore outputs, TimeFormat times) {
        this.outputs = outputs;
        this.times = times;
    }

    /** The section, or "" when the deployment never had a rollback or ran a monitoring command. */
    static String render(RollbackLog log, StepOutputStore outputs, TimeFormat times) {
        if (log.runs().isEmpty() && log.monitors().isEmpty()) {
            return "";
        }
        RollbackExport export = new RollbackExport(outputs, times);
        export.lines.add("## Rollback Record");
        log.runs().forEach(export::run);
        if (!log.monitors().isEmpty()) {
            export.lines.add("");
            export.lines.add("### Monitoring commands");
            log.monitors().forEach(export::monitor);
        }
        return String.join("\n", export.lines) + "\n";
    }

    private void run(RollbackRun run) {
        lines.add("");
        lines.add("### " + (run.dryRun() ? "Dry run" : "Rollback") + " opened by " + whoWhen(run.startedBy(),
                run.startedAt()) + " with " + RollbackText.parameters(run.parameters(), run.parameters().keySet()
                .stream().sorted().toList()));
        lines.add("");
        run.approvedBy().forEach(user -> lines.add("- Approved by @" + user));
        lines.add("- Outcome: " + run.aborted().map(a -> "aborted by " + whoWhen(a.by(), a.at())
                + RollbackText.reason(a.reason())).orElse(run.open() ? "still open" : "complete"));
        for (StepState step : run.steps()) {
            lines.add("");
            lines.add("#### Step " + step.number() + ". " + step.step().title());
            for (StepAttempt attempt : step.attempts()) {
                attempt(attempt);
            }
            step.skipped().ifPresent(s -> lines.add("- Skipped by " + whoWhen(s.by(), s.at())
                    + RollbackText.reason(s.reason())));
            if (step.attempts().isEmpty() && step.skipped().isEmpty()) {
                lines.add("- Not run");
            }
        }
    }

    private void attempt(StepAttempt attempt) {
        lines.add("- Confirmed by " + whoWhen(attempt.confirmedBy(), attempt.startedAt()) + ": `" + attempt.command()
                + "`");
        if (attempt.rehearsal()) {
            lines.add("  - Dry run: nothing was executed");
            return;
        }
        Optional<StepAttempt.Result> result = attempt.result();
        if (result.isEmpty()) {
            lines.add("  - Interrupted: Preflight stopped while it ran; outcome unknown");
            return;
        }
        StepAttempt.Result r = result.get();
        lines.add("  - " + RollbackText.result(attempt));
        output(r.outputRef());
    }

    private void monitor(MonitorRun m) {
        lines.add("");
        lines.add("#### " + m.monitor() + " — run for " + whoWhen(m.by(), m.at()));
        lines.add("- `" + m.command() + "`: " + (m.timedOut() ? "killed at its time-out" : m.exitCode() < 0
                ? "killed or not started" : "exit " + m.exitCode()) + " after "
                + RollbackText.duration(Duration.ofMillis(m.durationMillis())));
        output(m.outputRef());
    }

    private void output(String ref) {
        if (ref.isEmpty()) {
            lines.add("  - No output");
            return;
        }
        Optional<String> text = outputs.find(ref);
        if (text.isEmpty()) {
            lines.add("  - Output " + ref + " is missing from the store");
            return;
        }
        String fence = "`".repeat(Math.max(3, longestBackticks(text.get()) + 1));
        lines.add("");
        lines.add(fence + "text");
        lines.add(text.get().endsWith("\n") ? text.get().substring(0, text.get().length() - 1) : text.get());
        lines.add(fence);
    }

    private String whoWhen(String user, Instant at) {
        return "@" + user + " · " + times.formatFull(at);
    }

    private static int longestBackticks(String text) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }
}
