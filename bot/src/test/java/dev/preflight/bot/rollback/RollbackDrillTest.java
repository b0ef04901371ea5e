package dev.preflight.bot.rollback;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.rollback.LiveMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A rollback drill with real processes, from the deployment's thread")
class RollbackDrillTest {

    @TempDir
    Path dir;

    private Drill drill;

    private void drill(Duration timeout) {
        drill = new Drill(dir, Templates.DRILL, Drill.settings(dir, timeout));
    }

    @AfterEach
    void close() {
        drill.close();
    }

    @Test
    @DisplayName("walks every kind of step: success, parameter, failure, time-out with a child, input")
    void walksTheDrill() throws Exception {
        drill(Duration.ofMillis(700));
        assertThat(drill.say("U_DEV", "rollback")).contains("1. Stop application\n    `echo stopping; echo stopped`",
                "commit-hash (matching [0-9a-f]{7,40})");
        assertThat(drill.say("U_DEV", "rollback start commit-hash=abc1234"))
                .startsWith("(whisper) Only devops-sysadmin may open a rollback");
        assertThat(drill.say("U_OPS", "rollback start commit-hash=abc1234")).contains("Rollback opened by <@U_OPS>");

        drill.type("U_OPS", "rollback run");
        LiveMessage stopped = drill.shown.finished(1);
        assertThat(stopped.text()).contains("✓ Exit 0", "confirmed by <@U_OPS>", "Next: *Step 2 of 5");
        assertThat(stopped.output()).isEqualTo("stopping\nstopped\n");

        drill.type("U_OPS2", "rollback run 2");
        assertThat(drill.shown.finished(2).output()).isEqualTo("reverting abc1234\n");

        drill.type("U_OPS", "rollback run");
        LiveMessage failed = drill.shown.finished(3);
        assertThat(failed.text()).contains("✗ Exit 3", "Step 3 failed. Type `rollback run 3` to try it again");
        assertThat(failed.output()).isEqualTo("restore failed: no backup.sql\n");
        assertThat(drill.say("U_OPS", "rollback run 4")).contains("Step 4 is not next; the next step is 3.");
        assertThat(drill.say("U_OPS", "rollback skip restored by hand")).contains("Step 3 (Restore database backup)"
                + " skipped by <@U_OPS>.");

        drill.type("U_OPS", "rollback run");
        LiveMessage timedOut = drill.shown.finished(4);
        assertThat(timedOut.text()).contains("Killed, with everything it started, at its time-out of 0.7 s");
        assertThat(timedOut.output()).isEqualTo("restarting\n");
        LocalProcessRunnerTest.assertGone(Long.parseLong(Files.readString(dir.resolve("child.pid")).strip()));
        drill.say("U_OPS", "rollback skip");

        drill.type("U_OPS", "rollback run");
        LiveMessage input = drill.shown.finished(5);
        assertThat(input.text()).contains("✗ Exit 1");
        assertThat(input.output()).isEqualTo("Password: ");
        assertThat(drill.say("U_OPS", "rollback abort the drill is over")).contains("Rollback aborted by <@U_OPS>");

        List<DeploymentEvent.RollbackStepFinished> finished = drill.events(DeploymentEvent.RollbackStepFinished.class);
        assertThat(finished).extracting(DeploymentEvent.RollbackStepFinished::exitCode).containsExactly(0, 0, 3, -1, 1);
        assertThat(finished).extracting(DeploymentEvent.RollbackStepFinished::timedOut)
                .containsExactly(false, false, false, true, false);
        assertThat(finished.get(3).durationMillis()).isBetween(700L, 5_000L);
        assertThat(drill.outputs.find(finished.get(1).outputRef())).hasValue("reverting abc1234\n");
        assertThat(drill.events(DeploymentEvent.RollbackStepStarted.class))
                .extracting(DeploymentEvent.RollbackStepStarted::confirmedBy)
                .containsExactly("U_OPS", "U_OPS2", "U_OPS", "U_OPS", "U_OPS");
        assertThat(drill.say("U_DEV", "rollback")).contains("aborted by <@U_OPS>: the drill is over",
                "✓ 1. Stop application — exit 0", "⤼ 3. Restore database backup — skipped by <@U_OPS>",
                "⤼ 4. Restart application — skipped", "✗ 5. Verify — exit 1");
    }

    @Test
    @DisplayName("an abort kills a running step and what it started at once")
    void abortKillsTheRunningStep() throws Exception {
        drill(Duration.ofSeconds(30));
        drill.say("U_OPS", "rollback start commit-hash=abc1234");
        for (int step = 1; step <= 3; step++) {
            drill.type("U_OPS", step == 3 ? "rollback skip" : "rollback run");
            if (step < 3) {
                drill.shown.finished(step);
            }
        }
        long started = System.nanoTime();
        drill.type("U_OPS", "rollback run 4");
        LocalProcessRunnerTest.waitFor(() -> Files.exists(dir.resolve("child.pid"))
                && Files.size(dir.resolve("child.pid")) > 0);
        assertThat(drill.say("U_OPS2", "rollback abort")).contains("Aborting: killing step 4");
        LiveMessage killed = drill.shown.finished(3);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(killed.text()).contains("Killed, with everything it started", "Rollback aborted by <@U_OPS2>");
        LocalProcessRunnerTest.assertGone(Long.parseLong(Files.readString(dir.resolve("child.pid")).strip()));
        List<DeploymentEvent> events = drill.rollbackEvents();
        assertThat(events.get(events.size() - 1)).isInstanceOf(DeploymentEvent.RollbackAborted.class);
    }

    @Test
    @DisplayName("a dry run shows each command filled in and executes nothing")
    void dryRunExecutesNothing() {
        drill(Duration.ofSeconds(5));
        String opened = drill.say("U_OPS", "rollback start commit-hash=abc1234 --dry-run");
        assertThat(opened).contains("2. Revert code to last working commit\n    `$ echo reverting abc1234`",
                "4. Restart application\n    `$ /bin/sh -c 'sleep 30 & echo $! > child.pid; echo restarting; wait'`");
        for (int i = 0; i < 5; i++) {
            assertThat(drill.say("U_OPS", "rollback run")).contains("nothing was executed");
        }
        assertThat(Files.exists(dir.resolve("child.pid"))).isFalse();
        assertThat(drill.shown.all()).isEmpty();
    }
}
