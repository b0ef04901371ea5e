package dev.preflight.storage.sqlite;

import dev.preflight.commands.deployment.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteDatabaseTest {

    @TempDir
    Path dir;

    private final List<SqliteDatabase> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(SqliteDatabase::close);
    }

    private SqliteDatabase open() {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("preflight.db"));
        opened.add(db);
        return db;
    }

    @Test
    void opensInWalModeWithForeignKeysAndFullSync() {
        SqliteDatabase db = open();

        assertThat(readPragma(db, "journal_mode")).isEqualTo("wal");
        assertThat(readPragma(db, "foreign_keys")).isEqualTo("1");
        assertThat(writerPragma(db, "synchronous")).isEqualTo("2");
    }

    @Test
    void normalSynchronousCanBeChosen() {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("fast.db"),
                SqliteOptions.DEFAULTS.withSynchronous(SqliteOptions.Synchronous.NORMAL));
        opened.add(db);

        assertThat(writerPragma(db, "synchronous")).isEqualTo("1");
    }

    @Test
    void migrationsRunOnceAndReopeningKeepsData() {
        SqliteDatabase first = open();
        first.write(c -> c.createStatement().executeUpdate(
                "INSERT INTO deployments (id, name, channel, status, started_at) "
                        + "VALUES (1, 'api', 'C1', 'ACTIVE', '2024-01-01T00:00:00.000000000Z')"));
        int migrations = count(first, "flyway_schema_history");
        first.close();

        SqliteDatabase second = open();

        assertThat(count(second, "deployments")).isEqualTo(1);
        assertThat(count(second, "flyway_schema_history")).isEqualTo(migrations).isPositive();
    }

    @Test
    void theNewestMigrationKnownToTheDatabaseIsTheNewestFile() throws Exception {
        Path migrations = Path.of(SqliteDatabase.class.getResource("/db/migration/sqlite").toURI());
        int newest;
        try (Stream<Path> files = Files.list(migrations)) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }

        assertThat(SqliteDatabase.NEWEST_MIGRATION).as("SqliteDatabase.NEWEST_MIGRATION").isEqualTo(newest);
    }

    @Test
    void aFileWhoseMigrationsAreBehindIsMigratedOnOpen() {
        SqliteDatabase first = open();
        first.write(c -> c.createStatement().executeUpdate(
                "DELETE FROM flyway_schema_history WHERE version = '" + SqliteDatabase.NEWEST_MIGRATION + "'"));
        first.write(c -> c.createStatement().executeUpdate("DROP TABLE reminder_tasks"));
        first.write(c -> c.createStatement().executeUpdate("DROP TABLE reminders"));
        first.write(c -> c.createStatement().executeUpdate("DROP TABLE reminder_schedules"));
        first.close();

        SqliteDatabase second = open();

        assertThat(count(second, "reminders")).isZero();
        assertThat(count(second, "flyway_schema_history")).isPositive();
    }

    @Test
    void failedWriteRollsBackEverything() {
        SqliteDatabase db = open();

        assertThatThrownBy(() -> db.write(c -> {
            c.createStatement().executeUpdate("INSERT INTO deployments (id, name, channel, status, started_at) "
                    + "VALUES (1, 'api', 'C1', 'ACTIVE', 'x')");
            return c.createStatement().executeUpdate("INSERT INTO no_such_table VALUES (1)");
        })).isInstanceOf(StoreException.class);

        assertThat(count(db, "deployments")).isZero();
    }

    @Test
    void pingIsTrueWhileOpenAndFalseAfterClose() {
        SqliteDatabase db = open();
        assertThat(db.ping()).isTrue();

        db.close();

        assertThat(db.ping()).isFalse();
        assertThatThrownBy(() -> db.read(c -> 1)).isInstanceOf(StoreException.class);
    }

    @Test
    void twoDatabasesOnOneFileTakeTurnsToWrite() {
        SqliteDatabase first = open();
        SqliteDatabase second = open();

        first.write(c -> insertDeployment(c.createStatement(), 1));
        second.write(c -> insertDeployment(c.createStatement(), 2));
        first.write(c -> insertDeployment(c.createStatement(), 3));

        assertThat(count(second, "deployments")).isEqualTo(3);
    }

    @Test
    void eventsTableRefusesASecondEventAtTheSamePosition() {
        SqliteDatabase db = open();
        db.write(c -> insertDeployment(c.createStatement(), 1));
        String event = "INSERT INTO events (deployment_id, sequence, at, actor, request_id, type, payload) "
                + "VALUES (1, 2, '2024-01-01T00:00:00.000000000Z', 'bob', '%s', 'ticked', '{\"item\":1}')";
        db.write(c -> c.createStatement().executeUpdate(event.formatted("r-1")));

        assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate(event.formatted("r-2"))))
                .isInstanceOf(StoreException.class);
        assertThat(count(db, "events")).isEqualTo(1);
    }

    private static int insertDeployment(Statement s, long id) throws SQLException {
        try (s) {
            return s.executeUpdate("INSERT INTO deployments (id, name, channel, status, started_at) "
                    + "VALUES (" + id + ", 'api', 'C1', 'ACTIVE', '2024-01-01T00:00:00.000000000Z')");
        }
    }

    private static String readPragma(SqliteDatabase db, String name) {
        return db.read(c -> pragma(c.createStatement(), name));
    }

    private static String writerPragma(SqliteDatabase db, String name) {
        return db.write(c -> pragma(c.createStatement(), name));
    }

    private static int count(SqliteDatabase db, String table) {
        return db.read(c -> count(c.createStatement(), table));
    }

    private static String pragma(Statement s, String name) throws SQLException {
        try (s; ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int count(Statement s, String table) throws SQLException {
        try (s; ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
