package dev.preflight.storage.deployment;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.storage.sqlite.SqliteDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Rollback events in the SQLite log")
class RollbackEventsStoredTest {

    @TempDir
    Path dir;

    private static final List<DeploymentEvent> EVENTS = List.of(
            new DeploymentEvent.RollbackStarted(Map.of("commit-hash", "abc1234", "ticket", "OPS-1 \"é\"\n"), false, 2),
            new DeploymentEvent.RollbackApproved(),
            new DeploymentEvent.RollbackStepStarted(1, "U2", "/bin/sh -c 'mysql -u u -p*** db < backup.sql'"),
            new DeploymentEvent.RollbackStepFinished(1, -1, 5_000_000_000L, true, "out-1"),
            new DeploymentEvent.RollbackStepStarted(1, "U2", "sudo systemctl stop gunicorn"),
            new DeploymentEvent.RollbackStepFinished(1, 0, 812, false, ""),
            new DeploymentEvent.RollbackStepSkipped(2, "reverted by hand"),
            new DeploymentEvent.RollbackStepRehearsed(3, "git revert abc1234"),
            new DeploymentEvent.MonitorRan("check-disk-space", "df -h", 0, 40, false, "out-2"),
            new DeploymentEvent.RollbackAborted(""));

    @Test
    @DisplayName("come back exactly as written, after the database is reopened")
    void roundTripEveryRollbackEvent() {
        long id;
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("preflight.db"))) {
            DeploymentStore store = new SqliteDeploymentStore(db, TinyTemplates::build);
            id = ((DeploymentStore.Appended.Done) store.create(Starts.api(), Instant.EPOCH, "U1", "create"))
                    .deployment().id();
            for (int i = 0; i < EVENTS.size(); i++) {
                assertThat(store.append(id, i + 1, List.of(EVENTS.get(i)), Instant.EPOCH, "U1", "r" + i))
                        .isInstanceOf(DeploymentStore.Appended.Done.class);
            }
        }
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("preflight.db"))) {
            DeploymentStore store = new SqliteDeploymentStore(db, TinyTemplates::build);
            List<DeploymentEvent> read = store.events(id).stream().skip(1).map(RecordedEvent::event).toList();
            assertThat(read).isEqualTo(EVENTS);
            Deployment d = store.load(id).orElseThrow();
            assertThat(d.sequence()).isEqualTo(EVENTS.size() + 1);
            assertThat(d.items()).isEmpty();
            assertThat(d.isActive()).isTrue();
        }
    }
}
