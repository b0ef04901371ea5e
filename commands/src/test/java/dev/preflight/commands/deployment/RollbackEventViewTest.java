package dev.preflight.commands.deployment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The timeline's words for rollback events")
class RollbackEventViewTest {

    private static String describe(DeploymentEvent e) {
        return EventView.describe(e, null);
    }

    @Test
    void describesEveryRollbackEvent() {
        assertThat(describe(new DeploymentEvent.RollbackStarted(Map.of("commit-hash", "abc1234"), true, 1)))
                .isEqualTo("opened a dry run of the rollback with commit-hash=abc1234");
        assertThat(describe(new DeploymentEvent.RollbackStarted(Map.of(), false, 2)))
                .isEqualTo("opened a rollback with no parameters (needs a second approval)");
        assertThat(describe(new DeploymentEvent.RollbackApproved())).isEqualTo("approved the rollback");
        assertThat(describe(new DeploymentEvent.RollbackStepStarted(2, "U1", "git revert abc1234")))
                .isEqualTo("ran rollback step 2: git revert abc1234");
        assertThat(describe(new DeploymentEvent.RollbackStepFinished(2, 1, 812, false, "r")))
                .isEqualTo("rollback step 2 exited 1 after 812 ms");
        assertThat(describe(new DeploymentEvent.RollbackStepFinished(4, -1, 300000, true, "")))
                .isEqualTo("rollback step 4 was killed at its time-out after 300000 ms");
        assertThat(describe(new DeploymentEvent.RollbackStepSkipped(3, ""))).isEqualTo("skipped rollback step 3");
        assertThat(describe(new DeploymentEvent.RollbackStepRehearsed(1, "df -h")))
                .isEqualTo("was shown rollback step 1 of the dry run, nothing executed: df -h");
        assertThat(describe(new DeploymentEvent.RollbackAborted("wrong hash")))
                .isEqualTo("aborted the rollback: wrong hash");
        assertThat(describe(new DeploymentEvent.MonitorRan("check-disk-space", "df -h", 0, 40, false, "r")))
                .isEqualTo("ran monitor check-disk-space (df -h), which exited 0 after 40 ms");
    }
}
