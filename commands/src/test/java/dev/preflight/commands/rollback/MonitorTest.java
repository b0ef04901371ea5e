package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.DeploymentEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("`monitor`")
class MonitorTest {

    private final ScriptedRunner runner = new ScriptedRunner();
    private final Fixture f = Fixture.bundled(runner);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void listsTheTemplatesMonitoringCommands() {
        assertThat(Fixture.text(f.monitor("U1", ""))).contains("`monitor check-disk-space` — Check disk space: `df -h`",
                "`monitor check-application-status` — Check application status: `ps aux | grep gunicorn`");
    }

    @Test
    @DisplayName("runs one like a rollback step, posts its output and records it in the audit log")
    void runsAMonitoringCommand() {
        runner.exits(0, "Filesystem Size\n/dev/sda1 20G\n");
        assertThat(f.monitor("U1", "check-disk-space")).isEmpty();
        LiveMessage done = f.listener.finished(1);
        assertThat(done.text()).contains("*Monitor — Check disk space*", "`$ df -h`", "✓ Exit 0");
        assertThat(done.output()).isEqualTo("Filesystem Size\n/dev/sda1 20G\n");
        assertThat(runner.started().get(0).arguments()).containsExactly("df", "-h");
        DeploymentEvent.MonitorRan ran = (DeploymentEvent.MonitorRan) f.rollbackEvents().get(0);
        assertThat(ran.monitor()).isEqualTo("check-disk-space");
        assertThat(f.outputs.find(ran.outputRef())).hasValue("Filesystem Size\n/dev/sda1 20G\n");
        assertThat(f.log().monitors()).singleElement().extracting(MonitorRun::by).isEqualTo("U1");
    }

    @Test
    void runsAShellCommandThroughTheShell() {
        f.monitor("U1", "check-application-status");
        f.listener.finished(1);
        assertThat(runner.started().get(0).arguments())
                .containsExactly("/bin/sh", "-c", "ps aux | grep gunicorn");
    }

    @Test
    void refusesAnUnknownNameWithTheList() {
        assertThat(Fixture.text(f.monitor("U1", "rm -rf /"))).contains("no monitoring command by that name",
                "`monitor check-disk-space`");
        assertThat(runner.started()).isEmpty();
    }

    @Test
    void runsOneCommandOnlyOnceAtATime() {
        runner.hang();
        f.monitor("U1", "check-disk-space");
        assertThat(Fixture.text(f.monitor("U1", "check-disk-space"))).contains("is running already");
        assertThat(runner.started()).hasSize(1);
    }
}
