package dev.preflight.commands.rollback;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A step runner that plays scripted commands instead of starting processes: each started command prints the
 * next script's output and ends as it says, or (for {@link #hang}) runs until cancelled.
 */
final class ScriptedRunner implements StepRunner {

    private final Deque<Script> scripts = new ArrayDeque<>();
    private final List<StepCommand> started = new ArrayList<>();
    private final List<Execution> executions = new ArrayList<>();

    private record Script(List<String> output, StepOutcome outcome) {
    }

    ScriptedRunner exits(int code, String... output) {
        scripts.add(new Script(List.of(output), StepOutcome.exited(code, Duration.ofMillis(1200))));
        return this;
    }

    ScriptedRunner hang(String... output) {
        scripts.add(new Script(List.of(output), null));
        return this;
    }

    synchronized List<StepCommand> started() {
        return List.copyOf(started);
    }

    @Override
    public synchronized Execution start(StepCommand command, OutputSink output, Duration timeout) {
        started.add(command);
        Script script = scripts.isEmpty() ? new Script(List.of(), StepOutcome.exited(0, Duration.ZERO))
                : scripts.poll();
        CompletableFuture<StepOutcome> outcome = new CompletableFuture<>();
        script.output().forEach(output::accept);
        if (script.outcome() != null) {
            outcome.complete(script.outcome());
        }
        Execution e = new Execution() {
            @Override
            public CompletableFuture<StepOutcome> outcome() {
                return outcome;
            }

            @Override
            public void cancel() {
                outcome.complete(StepOutcome.killed(StepOutcome.Ending.CANCELLED, Duration.ofMillis(300)));
            }
        };
        executions.add(e);
        return e;
    }
}
