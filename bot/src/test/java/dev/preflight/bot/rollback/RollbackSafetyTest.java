package dev.preflight.bot.rollback;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.rollback.LiveMessage;
import dev.preflight.commands.rollback.RollbackSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Rollback safety with real processes")
class RollbackSafetyTest {

    /** Values a permissive pattern lets through; quoted, none of them may run anything. */
    private static final List<String> PAYLOADS = List.of(
            "x;touch${IFS}canary",
            "$(touch${IFS}canary)",
            "`touch${IFS}canary`",
            "x&&touch${IFS}canary",
            "x||touch${IFS}canary",
            "x|touch${IFS}canary",
            "x>canary",
            "x'$(touch${IFS}canary)'",
            "x'\\''$(touch${IFS}canary)",
            "x\"$(touch${IFS}canary)\"",
            "$((1+1))${HOME}~*?[a]",
            "x\\';touch${IFS}canary;'",
            "x\uff1btouch${IFS}canary");

    @TempDir
    Path dir;

    private Drill drill;

    @AfterEach
    void close() {
        drill.close();
    }

    @Test
    @DisplayName("a quoted value never runs, even with a pattern that lets anything through")
    void quotedValuesNeverRun() throws Exception {
        RollbackSettings anything = Drill.settings(dir, Duration.ofSeconds(5)).withParameters(Map.of("value", ".*"));
        drill = new Drill(dir, Templates.ECHO, anything);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            assertThat(drill.say("U_OPS", "rollback start value=" + payload)).as(payload).contains("Rollback opened");
            drill.type("U_OPS", "rollback run");
            LiveMessage done = drill.shown.finished(i + 1);
            assertThat(done.output()).as(payload).isEqualTo(payload + "\n");
            assertThat(Files.exists(dir.resolve("canary"))).as(payload).isFalse();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("canary", "x");
        }
    }

    @Test
    @DisplayName("the default pattern refuses every payload, and an option is refused whatever the pattern")
    void payloadsAreRefusedByDefault() {
        drill = new Drill(dir, Templates.ECHO, Drill.settings(dir, Duration.ofSeconds(5))
                .withParameters(Map.of("value", ".*")));
        assertThat(drill.say("U_OPS", "rollback start value=--upload-pack=touch${IFS}canary"))
                .isEqualTo("(whisper) Refused: value may not start with '-'. Nothing was run.");
        drill.close();
        drill = new Drill(dir.resolve("strict"), Templates.ECHO, Drill.settings(dir, Duration.ofSeconds(5)));
        for (String payload : PAYLOADS) {
            assertThat(drill.say("U_OPS", "rollback start value=" + payload)).as(payload)
                    .startsWith("(whisper) Refused: value must match");
        }
        assertThat(drill.rollbackEvents()).isEmpty();
    }

    @Test
    @DisplayName("a secret printed by a command reaches neither the thread nor the store")
    void secretsAreRedactedInTheThreadAndTheStore() throws Exception {
        drill = new Drill(dir, Templates.DRILL, Drill.settings(dir, Duration.ofSeconds(5)));
        drill.type("U_OPS", "monitor show-database-login");
        LiveMessage done = drill.shown.finished(1);
        assertThat(done.output()).isEqualTo("mysql -u app -p*** (token ***)\n");
        assertThat(drill.shown.all().toString()).doesNotContain(Drill.SECRET).doesNotContain(Drill.TOKEN);
        DeploymentEvent.MonitorRan ran = drill.events(DeploymentEvent.MonitorRan.class).get(0);
        assertThat(drill.outputs.find(ran.outputRef())).hasValue("mysql -u app -p*** (token ***)\n");
        for (String table : List.of("events", "step_outputs")) {
            assertThat(dump(table)).as(table).isNotEmpty().doesNotContain(Drill.SECRET).doesNotContain(Drill.TOKEN);
        }
    }

    @Test
    @DisplayName("after a restart, a step that was running is interrupted and runs again only when confirmed")
    void restartInTheMiddleOfAStep() throws Exception {
        drill = new Drill(dir, Templates.DRILL, Drill.settings(dir, Duration.ofSeconds(5)));
        drill.say("U_OPS", "rollback start commit-hash=abc1234");
        long sequence = drill.store.events(drill.id).size();
        drill.store.append(drill.id, sequence, List.of(new DeploymentEvent.RollbackStepStarted(1, "U_OPS",
                "/bin/sh -c 'echo stopping; echo stopped'")), java.time.Instant.now(), "U_OPS", "before-the-crash");
        drill.close();

        drill = Drill.reopen(dir, Templates.DRILL, Drill.settings(dir, Duration.ofSeconds(5)));
        assertThat(drill.say("U_DEV", "rollback")).contains(
                "⚠ 1. Stop application — interrupted — outcome unknown (confirmed by <@U_OPS>)",
                "Step 1 was running when Preflight stopped: interrupted — outcome unknown.");
        Thread.sleep(300);
        assertThat(drill.shown.all()).as("nothing runs by itself").isEmpty();
        drill.type("U_OPS2", "rollback run 1");
        assertThat(drill.shown.finished(1).text()).contains("✓ Exit 0", "Next: *Step 2 of 5");
        assertThat(drill.events(DeploymentEvent.RollbackStepStarted.class)).hasSize(2);
    }

    private String dump(String table) throws Exception {
        return drill.db.read(c -> {
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    out.append(row).append('\n');
                }
            }
            return out.toString();
        });
    }
}
