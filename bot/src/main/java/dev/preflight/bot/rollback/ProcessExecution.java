package dev.preflight.bot.rollback;

import dev.preflight.commands.rollback.OutputSink;
import dev.preflight.commands.rollback.StepOutcome;
import dev.preflight.commands.rollback.StepRunner;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One started process: a thread reads its output into the sink, another waits for it to exit and kills its whole
 * tree when its time is up or on {@link #cancel}. The outcome completes after the output has been read to its
 * end, or {@value #OUTPUT_GRACE_MILLIS} ms after the exit when something the command left running still holds it.
 */
final class ProcessExecution implements StepRunner.Execution {

    static final long OUTPUT_GRACE_MILLIS = 2_000;

    private final Process process;
    private final OutputSink output;
    private final long startedNanos;
    private final CompletableFuture<StepOutcome> outcome = new CompletableFuture<>();
    private final Thread reader;
    private volatile boolean cancelled;
    private volatile boolean detached;

    private ProcessExecution(Process process, OutputSink output, long startedNanos) {
        this.process = process;
        this.output = output;
        this.startedNanos = startedNanos;
        this.reader = new Thread(this::read, "preflight-step-output-" + process.pid());
        reader.setDaemon(true);
    }

    static ProcessExecution watch(Process process, OutputSink output, Duration timeout, long startedNanos) {
        ProcessExecution e = new ProcessExecution(process, output, startedNanos);
        e.reader.start();
        Thread waiter = new Thread(() -> e.await(timeout), "preflight-step-" + process.pid());
        waiter.setDaemon(true);
        waiter.start();
        return e;
    }

    @Override
    public CompletableFuture<StepOutcome> outcome() {
        return outcome;
    }

    @Override
    public void cancel() {
        cancelled = true;
        ProcessTree.kill(process.toHandle());
    }

    private void await(Duration timeout) {
        boolean timedOut = false;
        try {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                timedOut = !cancelled;
                ProcessTree.kill(process.toHandle());
                process.waitFor();
            }
            reader.join(OUTPUT_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProcessTree.kill(process.toHandle());
        }
        if (reader.isAlive()) {
            detached = true;
            output.accept("\n[Preflight stopped reading: processes the command left running still hold its output]\n");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        if (cancelled) {
            outcome.complete(StepOutcome.killed(StepOutcome.Ending.CANCELLED, took));
        } else if (timedOut) {
            outcome.complete(StepOutcome.killed(StepOutcome.Ending.TIMED_OUT, took));
        } else {
            outcome.complete(StepOutcome.exited(process.exitValue(), took));
        }
    }

    private void read() {
        char[] buffer = new char[8192];
        try (Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (!detached && n > 0) {
                    output.accept(new String(buffer, 0, n));
                }
            }
        } catch (IOException e) {
            if (!detached && process.isAlive()) {
                output.accept("\n[Preflight could not read more output: " + e.getMessage() + "]\n");
            }
        }
    }
}
