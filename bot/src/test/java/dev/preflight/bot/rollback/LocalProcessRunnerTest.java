package dev.preflight.bot.rollback;

import dev.preflight.commands.rollback.StepCommand;
import dev.preflight.commands.rollback.StepOutcome;
import dev.preflight.commands.rollback.StepRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Running commands on the bot's host")
class LocalProcessRunnerTest {

    private static final Duration SHORT = Duration.ofMillis(400);
    private static final Duration ENOUGH = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final StringBuffer output = new StringBuffer();

    private LocalProcessRunner runner() {
        return new LocalProcessRunner(Optional.of(dir), Map.of("GREETING", "hello from settings"),
                Map.of("PATH", System.getenv("PATH"), "SLACK_BOT_TOKEN", "xoxb-must-not-leak",
                        "PREFLIGHT_DB", "/secret/path.db"));
    }

    private StepRunner.Execution start(Duration timeout, String... arguments) {
        return runner().start(new StepCommand(List.of(arguments), false), output::append, timeout);
    }

    private StepOutcome run(Duration timeout, String... arguments) throws Exception {
        return start(timeout, arguments).outcome().get(10, TimeUnit.SECONDS);
    }

    private static StepOutcome.Ending ending(StepOutcome o) {
        return o.ending();
    }

    @Test
    void aCommandThatSucceedsExitsZeroWithItsOutput() throws Exception {
        StepOutcome o = run(ENOUGH, "echo", "rolled", "back");
        assertThat(o.succeeded()).isTrue();
        assertThat(output).hasToString("rolled back\n");
    }

    @Test
    void aCommandThatFailsGivesItsExitCodeAndStderr() throws Exception {
        StepOutcome o = run(ENOUGH, "/bin/sh", "-c", "echo out; echo 'Access denied' >&2; exit 3");
        assertThat(ending(o)).isEqualTo(StepOutcome.Ending.EXITED);
        assertThat(o.exitCode()).isEqualTo(3);
        assertThat(output.toString()).contains("out\n", "Access denied\n");
    }

    @Test
    void aProgramThatDoesNotExistFailsSayingSo() throws Exception {
        StepOutcome o = run(ENOUGH, "/no/such/program", "--now");
        assertThat(o.succeeded()).isFalse();
        assertThat(output.toString()).contains("/no/such/program");
    }

    @Test
    void aWorkingDirectoryThatDoesNotExistMeansNotStarted() throws Exception {
        StepOutcome o = new LocalProcessRunner(Optional.of(dir.resolve("gone")), Map.of(), Map.of())
                .start(new StepCommand(List.of("true"), false), output::append, ENOUGH).outcome().get();
        assertThat(ending(o)).isEqualTo(StepOutcome.Ending.NOT_STARTED);
        assertThat(output.toString()).startsWith("Cannot start true");
    }

    @Test
    @DisplayName("a command that waits on its input fails at once: input is /dev/null")
    void aCommandWaitingOnStdinFailsFast() throws Exception {
        StepOutcome prompt = run(ENOUGH, "/bin/sh", "-c", "printf 'Enter password: '; read -r pw || exit 9;"
                + " echo got it");
        assertThat(prompt.exitCode()).isEqualTo(9);
        assertThat(prompt.duration()).isLessThan(Duration.ofSeconds(3));
        StepOutcome cat = run(ENOUGH, "cat");
        assertThat(cat.succeeded()).isTrue();
    }

    @Test
    @DisplayName("a command that asks its terminal for a password fails at once: it has no terminal")
    void aCommandAskingTheTerminalFailsFast() throws Exception {
        StepOutcome o = run(ENOUGH, "/bin/sh", "-c", "read -r pw < /dev/tty || exit 9; echo got it");
        assertThat(o.exitCode()).isEqualTo(9);
        assertThat(o.duration()).isLessThan(Duration.ofSeconds(3));
    }

    @Nested
    @DisplayName("a command that runs past its time-out")
    class TimeOut {
        @Test
        @DisplayName("is killed, with a backgrounded child, and ends TIMED_OUT")
        void killsTheWholeTree() throws Exception {
            Path pids = dir.resolve("pids");
            StepOutcome o = run(SHORT, "/bin/sh", "-c", "sleep 30 & echo $! > " + pids + "; "
                    + "/bin/sh -c 'sleep 31 & echo $! >> " + pids + "; wait' & echo $! >> " + pids + "; "
                    + "while [ $(wc -l < " + pids + ") -lt 3 ]; do sleep 0.05; done; echo started; wait");
            assertThat(ending(o)).isEqualTo(StepOutcome.Ending.TIMED_OUT);
            assertThat(o.exitCode()).isEqualTo(StepOutcome.NO_EXIT_CODE);
            assertThat(o.duration()).isGreaterThanOrEqualTo(SHORT).isLessThan(Duration.ofSeconds(5));
            assertThat(output).hasToString("started\n");
            List<String> started = Files.readAllLines(pids);
            assertThat(started).as("the sleeps and the inner shell").hasSize(3);
            for (String pid : started) {
                assertGone(Long.parseLong(pid.strip()));
            }
        }
    }

    @Test
    @DisplayName("a cancelled command is killed at once, children included, and ends CANCELLED")
    void cancelKillsAtOnce() throws Exception {
        Path pid = dir.resolve("pid");
        StepRunner.Execution e = start(ENOUGH, "/bin/sh", "-c", "sleep 30 & echo $! > " + pid + "; wait");
        waitFor(() -> Files.exists(pid) && Files.size(pid) > 0);
        long started = System.nanoTime();
        e.cancel();
        StepOutcome o = e.outcome().get(10, TimeUnit.SECONDS);
        assertThat(ending(o)).isEqualTo(StepOutcome.Ending.CANCELLED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertGone(Long.parseLong(Files.readString(pid).strip()));
    }

    @Test
    @DisplayName("streams output while the command still runs")
    void streamsOutput() throws Exception {
        CompletableFuture<Boolean> seenWhileRunning = new CompletableFuture<>();
        StepRunner.Execution[] e = new StepRunner.Execution[1];
        e[0] = runner().start(new StepCommand(List.of("/bin/sh", "-c", "echo first; sleep 1; echo second"), true),
                text -> {
                    if (text.contains("first")) {
                        seenWhileRunning.complete(e[0] == null || !e[0].outcome().isDone());
                    }
                }, ENOUGH);
        assertThat(seenWhileRunning.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(e[0].outcome().get(10, TimeUnit.SECONDS).succeeded()).isTrue();
    }

    @Test
    @DisplayName("runs in the configured directory with only PATH-like variables and rollback.env")
    void runsWithTheConfiguredDirectoryAndEnvironment() throws Exception {
        run(ENOUGH, "/bin/sh", "-c", "pwd; echo \"$GREETING\"; echo \"${SLACK_BOT_TOKEN:-no token}\";"
                + " echo \"${PREFLIGHT_DB:-no db}\"");
        assertThat(output.toString()).isEqualTo(dir.toRealPath() + "\nhello from settings\nno token\nno db\n");
    }

    @Test
    @DisplayName("returns once the command exits even when a process it left running holds its output")
    void doesNotWaitForLeftoverProcesses() throws Exception {
        Path pid = dir.resolve("pid");
        StepOutcome o = run(ENOUGH, "/bin/sh", "-c", "sleep 5 & echo $! > " + pid + "; echo done");
        assertThat(o.succeeded()).isTrue();
        assertThat(o.duration()).isLessThan(Duration.ofSeconds(4));
        assertThat(output.toString()).startsWith("done\n");
        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroyForcibly);
    }

    static void assertGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("process %d is alive", pid)
                .isFalse();
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!check.ok()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
