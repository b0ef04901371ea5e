package dev.preflight.storage.deployment;

import dev.preflight.commands.deployment.DeploymentStore.Appended;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.storage.sqlite.SqliteDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CrashDurabilityTest {

    private static final int ACKS_BEFORE_KILL = 200;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedTickSurvivesKillingTheProcess() throws Exception {
        Path file = dir.resolve("preflight.db");
        long id;
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Appended created = new SqliteDeploymentStore(db, new TinyTemplates())
                    .create(Starts.api(), DeploymentStoreContract.T0, "alice", "create");
            id = ((Appended.Done) created).deployment().id();
        }

        Path errors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                TickingProcess.class.getName(), file.toString(), Long.toString(id))
                .redirectError(errors.toFile())
                .start();
        List<Long> acknowledged;
        try {
            acknowledged = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> readAcks(child));
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }

        assertThat(acknowledged).as("acknowledged ticks; child stderr: %s", Files.readString(errors))
                .hasSize(ACKS_BEFORE_KILL);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            List<RecordedEvent> log = new SqliteDeploymentStore(db, new TinyTemplates()).events(id);
            assertThat(log).extracting(RecordedEvent::sequence).containsAll(acknowledged);
            String integrity = db.read(c -> integrity(c.createStatement()));
            assertThat(integrity).isEqualTo("ok");
        }
    }

    private static List<Long> readAcks(Process child) throws IOException {
        List<Long> acks = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (acks.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
            acks.add(Long.parseLong(line.trim()));
        }
        return acks;
    }

    private static String integrity(Statement s) throws SQLException {
        try (s; ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
