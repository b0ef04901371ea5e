package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.deployment.DeploymentEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Walking a rollback's steps")
class RollbackStepsTest {

    private final ScriptedRunner runner = new ScriptedRunner();
    private final Fixture f = Fixture.bundled(runner);

    @AfterEach
    void close() {
        f.close();
    }

    private void open() {
        f.rollback("U1", "start commit-hash=abc1234");
    }

    @Test
    @DisplayName("runs the current step on confirmation and shows its output, exit code and the next step")
    void runsAConfirmedStep() {
        runner.exits(0, "Stopping gunicorn...\n", "stopped\n");
        open();
        assertThat(f.rollback("U1", "run")).isEmpty();
        LiveMessage done = f.listener.finished(1);
        assertThat(done.key()).isEqualTo(f.listener.shown().get(0).key());
        assertThat(done.text()).contains("*Step 1 of 5 — Stop application*", "`$ sudo systemctl stop gunicorn`",
                "✓ Exit 0 after 1.2 s, confirmed by <@U1>.", "Next: *Step 2 of 5 — Revert code",
                "`$ git revert abc1234`");
        assertThat(done.output()).isEqualTo("Stopping gunicorn...\nstopped\n");
        assertThat(done.actions()).containsExactly("rollback run 2", "rollback skip 2", "rollback abort");
        assertThat(runner.started().get(0).arguments()).containsExactly("sudo", "systemctl", "stop", "gunicorn");
    }

    @Test
    @DisplayName("records who confirmed, the exact command, the exit code, the duration and the full output")
    void recordsTheStepInTheAuditLog() {
        runner.exits(0, "ok\n");
        open();
        f.rollback("U1", "run");
        f.listener.finished(1);
        List<DeploymentEvent> events = f.rollbackEvents();
        assertThat(events.get(1)).isEqualTo(new DeploymentEvent.RollbackStepStarted(1, "U1",
                "sudo systemctl stop gunicorn"));
        DeploymentEvent.RollbackStepFinished finished = (DeploymentEvent.RollbackStepFinished) events.get(2);
        assertThat(finished.exitCode()).isZero();
        assertThat(finished.durationMillis()).isEqualTo(1200);
        assertThat(finished.timedOut()).isFalse();
        assertThat(f.outputs.find(finished.outputRef())).hasValue("ok\n");
    }

    @Test
    @DisplayName("fills the parameters into the step that needs them")
    void fillsInParameters() {
        open();
        f.rollback("U1", "run");
        f.listener.finished(1);
        f.rollback("U1", "run 2");
        f.listener.finished(2);
        assertThat(runner.started().get(1).arguments()).containsExactly("git", "revert", "abc1234");
    }

    @Test
    @DisplayName("goes strictly in order: a step that is not next is refused")
    void refusesAStepOutOfOrder() {
        open();
        assertThat(Fixture.text(f.rollback("U1", "run 3"))).contains("Step 3 is not next; the next step is 1.");
        assertThat(Fixture.text(f.rollback("U1", "skip 9"))).contains("There is no step 9");
        assertThat(runner.started()).isEmpty();
    }

    @Test
    @DisplayName("never runs a finished step again: a stale `run 1` is refused")
    void refusesAFinishedStep() {
        open();
        f.rollback("U1", "run 1");
        f.listener.finished(1);
        assertThat(Fixture.text(f.rollback("U1", "run 1"))).contains("Step 1 is done; the next step is 2.");
        assertThat(runner.started()).hasSize(1);
    }

    @Nested
    @DisplayName("a failed step")
    class Failure {
        @Test
        @DisplayName("stops the run there and offers retry, skip or abort")
        void stopsTheRun() {
            runner.exits(3, "Failed to stop gunicorn.service: Access denied\n");
            open();
            f.rollback("U1", "run");
            LiveMessage done = f.listener.finished(1);
            assertThat(done.text()).contains("✗ Exit 3", "Step 1 failed. Type `rollback run 1` to try it again");
            assertThat(f.log().open().orElseThrow().current().orElseThrow().number()).isEqualTo(1);
        }

        @Test
        void runsAgainOnRetry() {
            runner.exits(1).exits(0);
            open();
            f.rollback("U1", "run");
            f.listener.finished(1);
            f.rollback("U2", "retry");
            assertThat(f.listener.finished(2).text()).contains("✓ Exit 0", "Next: *Step 2 of 5");
            assertThat(f.log().open().orElseThrow().step(1).orElseThrow().attempts()).hasSize(2);
        }

        @Test
        void isLeftBehindWhenSkipped() {
            runner.exits(1);
            open();
            f.rollback("U1", "run");
            f.listener.finished(1);
            String text = Fixture.text(f.rollback("U1", "skip stopped it by hand"));
            assertThat(text).contains("Step 1 (Stop application) skipped by <@U1>.", "Next: *Step 2 of 5");
            assertThat(f.rollbackEvents()).contains(new DeploymentEvent.RollbackStepSkipped(1, "stopped it by hand"));
        }
    }

    @Nested
    @DisplayName("an abort")
    class Abort {
        @Test
        @DisplayName("kills a running step at once and stops the run")
        void killsTheRunningStep() {
            runner.hang("working...\n");
            open();
            f.rollback("U1", "run");
            assertThat(Fixture.text(f.rollback("U1", "run"))).contains("Step 1 is still running");
            assertThat(Fixture.text(f.rollback("U2", "abort wrong commit"))).contains("Aborting: killing step 1");
            LiveMessage done = f.listener.finished(1);
            assertThat(done.text()).contains("Killed, with everything it started",
                    "Rollback aborted by <@U2>: wrong commit. No further step will run.");
            assertThat(done.output()).isEqualTo("working...\n");
            List<DeploymentEvent> events = f.rollbackEvents();
            assertThat(events.get(events.size() - 1)).isEqualTo(new DeploymentEvent.RollbackAborted("wrong commit"));
            assertThat(events.get(events.size() - 2)).isInstanceOf(DeploymentEvent.RollbackStepFinished.class);
            assertThat(f.log().open()).isEmpty();
        }

        @Test
        void stopsARunBetweenSteps() {
            open();
            assertThat(Fixture.text(f.rollback("U1", "abort"))).contains("Rollback aborted by <@U1>.");
            assertThat(Fixture.text(f.rollback("U1", "run"))).contains("No rollback is open");
            assertThat(runner.started()).isEmpty();
        }
    }

    @Test
    @DisplayName("completes once every step ran or was skipped")
    void completes() {
        open();
        for (int step = 1; step <= 4; step++) {
            f.rollback("U1", "run");
            f.listener.finished(step);
        }
        assertThat(Fixture.text(f.rollback("U1", "skip"))).contains("The rollback is complete: every step ran"
                + " (1 skipped).");
        assertThat(Fixture.text(f.rollback("U1", ""))).contains("— complete:", "✓ 1. Stop application — exit 0",
                "⤼ 5. Verify — skipped by <@U1>");
    }

    @Nested
    @DisplayName("after a restart")
    class Restart {
        @Test
        @DisplayName("a step that was running when the bot died shows as interrupted and waits")
        void showsAnInterruptedStep() {
            open();
            f.store.append(f.id, f.store.events(f.id).size(), List.of(new DeploymentEvent.RollbackStepStarted(1,
                    "U1", "sudo systemctl stop gunicorn")), Instant.EPOCH, "U1", "before-the-crash");
            String text = Fixture.text(f.rollback("U2", ""));
            assertThat(text).contains("⚠ 1. Stop application — interrupted — outcome unknown (confirmed by <@U1>)",
                    "Step 1 was running when Preflight stopped: interrupted — outcome unknown.",
                    "`rollback run 1`", "`rollback skip 1`");
            assertThat(runner.started()).isEmpty();
        }

        @Test
        void runsTheInterruptedStepAgainOnlyWhenConfirmed() {
            open();
            f.store.append(f.id, f.store.events(f.id).size(), List.of(new DeploymentEvent.RollbackStepStarted(1,
                    "U1", "sudo systemctl stop gunicorn")), Instant.EPOCH, "U1", "before-the-crash");
            f.rollback("U2", "run 1");
            assertThat(f.listener.finished(1).text()).contains("✓ Exit 0", "Next: *Step 2");
            assertThat(runner.started()).hasSize(1);
            StepState step = f.log().open().orElseThrow().step(1).orElseThrow();
            assertThat(step.attempts()).hasSize(2);
            assertThat(step.status()).isEqualTo(StepState.Status.SUCCEEDED);
        }

        @Test
        void canSkipTheInterruptedStep() {
            open();
            f.store.append(f.id, f.store.events(f.id).size(), List.of(new DeploymentEvent.RollbackStepStarted(1,
                    "U1", "sudo systemctl stop gunicorn")), Instant.EPOCH, "U1", "before-the-crash");
            assertThat(Fixture.text(f.rollback("U2", "skip checked by hand"))).contains("Step 1 (Stop application)"
                    + " skipped");
            assertThat(f.log().open().orElseThrow().current().orElseThrow().number()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("a replayed request changes nothing")
    void replayedRequestIsIgnored() {
        open();
        Invocation invocation = new Invocation("U1", Fixture.CHANNEL, Optional.of(Fixture.THREAD), "same-id",
                "skip");
        f.rollback(invocation);
        assertThat(f.rollback(invocation)).isEmpty();
        assertThat(f.rollbackEvents()).hasSize(2);
    }
}
