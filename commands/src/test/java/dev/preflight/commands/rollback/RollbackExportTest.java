package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.TimeFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The rollback record of the export")
class RollbackExportTest {

    private final ScriptedRunner runner = new ScriptedRunner();
    private final Fixture f = Fixture.bundled(runner);
    private final TimeFormat times = new TimeFormat(ZoneOffset.UTC, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @AfterEach
    void close() {
        f.close();
    }

    private String export() {
        return f.feature.export(f.store.load(f.id).orElseThrow(), times);
    }

    @Test
    void isEmptyWithoutRollbacksOrMonitoring() {
        assertThat(export()).isEmpty();
    }

    @Test
    @DisplayName("lists every attempt with who, the exact command, the exit code and the full output")
    void recordsEveryAttemptWithItsOutput() {
        runner.exits(0, "stopped\n").exits(1, "fatal: bad revision ``` here\n").exits(0, "Revert done\n");
        f.rollback("U1", "start commit-hash=abc1234");
        f.rollback("U1", "run");
        f.listener.finished(1);
        f.rollback("U2", "run");
        f.listener.finished(2);
        f.rollback("U2", "run");
        f.listener.finished(3);
        f.rollback("U2", "skip restored by hand");
        f.rollback("U3", "abort enough");
        String md = export();
        assertThat(md).startsWith("## Rollback Record")
                .contains("### Rollback opened by @U1", "with commit-hash=abc1234",
                        "- Outcome: aborted by @U3", ": enough",
                        "#### Step 1. Stop application", "`sudo systemctl stop gunicorn`", "exit 0 after 1.2 s",
                        "```text\nstopped\n```",
                        "#### Step 2. Revert code to last working commit", "`git revert abc1234`", "exit 1 after",
                        "````text\nfatal: bad revision ``` here\n````", "Revert done",
                        "#### Step 3. Restore database backup", "- Skipped by @U2", ": restored by hand",
                        "#### Step 4. Restart application\n- Not run");
    }

    @Test
    void marksAnInterruptedAttempt() {
        f.rollback("U1", "start commit-hash=abc1234");
        f.store.append(f.id, f.store.events(f.id).size(), List.of(new DeploymentEvent.RollbackStepStarted(1, "U1",
                "x")), Instant.EPOCH, "U1", "crash");
        assertThat(export()).contains("- Interrupted: Preflight stopped while it ran; outcome unknown",
                "- Outcome: still open");
    }

    @Test
    void includesMonitoringCommandsWithTheirOutput() {
        runner.exits(0, "/dev/sda1 20G\n");
        f.monitor("U4", "check-disk-space");
        f.listener.finished(1);
        assertThat(export()).contains("### Monitoring commands", "#### check-disk-space — run for @U4",
                "`df -h`: exit 0", "```text\n/dev/sda1 20G\n```");
    }
}
