package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The rollback log")
class RollbackLogTest {

    private final List<RecordedEvent> log = new ArrayList<>();

    private RollbackLogTest add(String actor, DeploymentEvent event) {
        log.add(new RecordedEvent(7, log.size() + 1, Instant.EPOCH.plusSeconds(log.size()), actor, "q" + log.size(),
                event));
        return this;
    }

    private RollbackLog fold() {
        return RollbackLog.fold(log, Plans.bundled());
    }

    private RollbackLogTest started() {
        return add("U1", new DeploymentEvent.Started("v1", "production", "C", "t", "src"))
                .add("U1", new DeploymentEvent.RollbackStarted(Map.of("commit-hash", "abc1234"), false, 1));
    }

    @Test
    void opensARunWithEveryStepWaiting() {
        RollbackRun run = started().fold().open().orElseThrow();
        assertThat(run.startedBy()).isEqualTo("U1");
        assertThat(run.parameters()).containsEntry("commit-hash", "abc1234");
        assertThat(run.steps()).extracting(StepState::status).containsOnly(StepState.Status.PENDING);
        assertThat(run.current().orElseThrow().number()).isEqualTo(1);
    }

    @Test
    @DisplayName("a step whose last event is its start stays running: after a restart it is interrupted, not done")
    void stepStartedLastStaysRunning() {
        started().add("U1", new DeploymentEvent.RollbackStepStarted(1, "U1", "sudo systemctl stop gunicorn"));
        RollbackRun run = fold().open().orElseThrow();
        assertThat(run.current().orElseThrow().status()).isEqualTo(StepState.Status.RUNNING);
        assertThat(run.current().orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void aRetryAfterAnInterruptionKeepsBothAttempts() {
        started().add("U1", new DeploymentEvent.RollbackStepStarted(1, "U1", "c"))
                .add("U2", new DeploymentEvent.RollbackStepStarted(1, "U2", "c"))
                .add("U2", new DeploymentEvent.RollbackStepFinished(1, 0, 900, false, "ref"));
        StepState step = fold().open().orElseThrow().step(1).orElseThrow();
        assertThat(step.status()).isEqualTo(StepState.Status.SUCCEEDED);
        assertThat(step.attempts()).hasSize(2);
        assertThat(step.attempts().get(0).result()).isEmpty();
        assertThat(step.attempts().get(1).confirmedBy()).isEqualTo("U2");
    }

    @Test
    void aFailedOrTimedOutStepStopsTheRunAtThatStep() {
        started().add("U1", new DeploymentEvent.RollbackStepStarted(1, "U1", "c"))
                .add("U1", new DeploymentEvent.RollbackStepFinished(1, -1, 2000, true, ""));
        RollbackRun run = fold().open().orElseThrow();
        assertThat(run.current().orElseThrow().number()).isEqualTo(1);
        assertThat(run.current().orElseThrow().status()).isEqualTo(StepState.Status.FAILED);
    }

    @Test
    void closesTheRunWhenEveryStepRanOrWasSkipped() {
        started();
        for (int step = 1; step <= 5; step++) {
            if (step == 3) {
                add("U1", new DeploymentEvent.RollbackStepSkipped(3, "restored by hand"));
            } else {
                add("U1", new DeploymentEvent.RollbackStepStarted(step, "U1", "c"))
                        .add("U1", new DeploymentEvent.RollbackStepFinished(step, 0, 10, false, ""));
            }
        }
        RollbackLog folded = fold();
        assertThat(folded.open()).isEmpty();
        assertThat(folded.latest().orElseThrow().step(3).orElseThrow().skipped().orElseThrow().reason())
                .isEqualTo("restored by hand");
    }

    @Test
    void anAbortClosesTheRunAndAllowsAnotherOne() {
        started().add("U2", new DeploymentEvent.RollbackAborted("wrong hash"))
                .add("U1", new DeploymentEvent.RollbackStarted(Map.of("commit-hash", "def5678"), true, 1));
        RollbackLog folded = fold();
        assertThat(folded.runs()).hasSize(2);
        assertThat(folded.runs().get(0).aborted().orElseThrow().by()).isEqualTo("U2");
        assertThat(folded.open().orElseThrow().dryRun()).isTrue();
    }

    @Test
    void aRehearsedStepClosesWithoutRunning() {
        add("U1", new DeploymentEvent.RollbackStarted(Map.of(), true, 1))
                .add("U2", new DeploymentEvent.RollbackStepRehearsed(1, "sudo systemctl stop gunicorn"));
        StepState step = fold().open().orElseThrow().step(1).orElseThrow();
        assertThat(step.status()).isEqualTo(StepState.Status.REHEARSED);
        assertThat(step.closed()).isTrue();
        assertThat(step.lastAttempt().orElseThrow().confirmedBy()).isEqualTo("U2");
        assertThat(fold().open().orElseThrow().current().orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void countsApprovalsFromOtherPeople() {
        add("U1", new DeploymentEvent.RollbackStarted(Map.of(), false, 2));
        assertThat(fold().open().orElseThrow().approvalsMissing()).isEqualTo(1);
        add("U2", new DeploymentEvent.RollbackApproved());
        assertThat(fold().open().orElseThrow().approvalsMissing()).isZero();
    }

    @Test
    void keepsMonitoringRuns() {
        add("U3", new DeploymentEvent.MonitorRan("check-disk-space", "df -h", 0, 40, false, "r1"));
        assertThat(fold().monitors()).containsExactly(new MonitorRun("check-disk-space", "df -h", "U3",
                Instant.EPOCH, 0, 40, false, "r1"));
    }

    @Test
    void refusesALogThatChangesNoOpenRun() {
        add("U1", new DeploymentEvent.RollbackStepStarted(1, "U1", "c"));
        assertThatThrownBy(this::fold).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASecondRunWhileOneIsOpen() {
        started().add("U1", new DeploymentEvent.RollbackStarted(Map.of(), false, 1));
        assertThatThrownBy(this::fold).isInstanceOf(IllegalArgumentException.class);
    }
}
