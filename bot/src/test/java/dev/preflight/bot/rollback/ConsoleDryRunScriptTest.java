package dev.preflight.bot.rollback;

import dev.preflight.bot.console.ConsoleChat;
import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.commands.rollback.RollbackFeature;
import dev.preflight.commands.rollback.RollbackSettings;
import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The console script of a rollback dry run")
class ConsoleDryRunScriptTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("walks the bundled checklist's rollback plan without executing anything")
    void runsTheScript() throws Exception {
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed, true);
        Clock clock = Clock.systemUTC();
        // Were anything executed after all, the prefix would make it fail.
        RollbackSettings settings = RollbackSettings.defaults().withPrefix(List.of("/bin/false"));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("preflight.db"))) {
            SqliteDeploymentStore store = new SqliteDeploymentStore(db, TemplateParser::parse);
            try (RollbackFeature feature = Rollbacks.onThisHost(store, db, settings, AccessPolicy.open(),
                    new PrintingRollbackListener(out), clock)) {
                Preflight preflight = new Preflight(store, clock, TemplateLibrary.of(BundledTemplate.NAME,
                        Map.of(BundledTemplate.NAME, BundledTemplate.source())), AccessPolicy.open(), ZoneOffset.UTC,
                        Optional.empty(), Optional.of(feature));
                ConsoleChat console = new ConsoleChat(preflight, store, out, "ops");
                try (BufferedReader script = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                        getClass().getResourceAsStream("/scripts/rollback-dry-run.txt")), StandardCharsets.UTF_8))) {
                    console.run(script, true);
                }
                String text = printed.toString();
                assertThat(text).contains("Refused: commit-hash must match [0-9a-f]{7,40}. Nothing was run.",
                        "Dry run opened by", "`$ /bin/false git revert abc1234`",
                        "The dry run is complete: nothing was executed.", "`monitor check-disk-space`",
                        "opened a dry run of the rollback with commit-hash=abc1234");
                assertThat(store.events(1).stream().map(RecordedEvent::event)
                        .filter(e -> e instanceof DeploymentEvent.RollbackStepRehearsed)).hasSize(5);
                assertThat(store.events(1).stream().map(RecordedEvent::event)
                        .filter(e -> e instanceof DeploymentEvent.RollbackStepStarted)).isEmpty();
            }
        }
        assertThat(Files.exists(Path.of("/tmp/pwned"))).isFalse();
    }
}
