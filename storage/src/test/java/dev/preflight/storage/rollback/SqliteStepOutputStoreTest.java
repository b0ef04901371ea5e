package dev.preflight.storage.rollback;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.template.Template;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Step output in SQLite")
class SqliteStepOutputStoreTest {

    @TempDir
    Path dir;

    private static final Template EMPTY = new Template("t", "", List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), "", "");

    private long deployment(SqliteDatabase db) {
        DeploymentStore store = new SqliteDeploymentStore(db, source -> EMPTY);
        return ((DeploymentStore.Appended.Done) store.create(new DeploymentEvent.Started("v1", "production", "C",
                "t", "# t"), Instant.EPOCH, "U1", "create")).deployment().id();
    }

    @Test
    @DisplayName("keeps long output with any characters, and finds it after a reopen")
    void keepsOutputDurably() {
        String output = "line é 漢 🚀 'quotes' \"double\" \\ \u0000 nul\n".repeat(20_000);
        String ref;
        String other;
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("preflight.db"))) {
            long id = deployment(db);
            ref = new SqliteStepOutputStore(db).keep(id, output);
            other = new SqliteStepOutputStore(db).keep(id, "second\n");
        }
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("preflight.db"))) {
            SqliteStepOutputStore store = new SqliteStepOutputStore(db);
            assertThat(store.find(ref)).hasValue(output);
            assertThat(store.find(other)).hasValue("second\n");
            assertThat(ref).isNotEqualTo(other);
        }
    }

    @Test
    void findsNothingForAnUnknownReference() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("preflight.db"))) {
            assertThat(new SqliteStepOutputStore(db).find("out-nothing")).isEmpty();
            assertThat(new SqliteStepOutputStore(db).find("")).isEmpty();
        }
    }
}
