package dev.preflight.storage.sqlite;

import dev.preflight.commands.deployment.StoreException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite database file in WAL mode, migrated on open. Writes go through a single connection guarded by a
 * lock, in {@code BEGIN IMMEDIATE} transactions that are committed (and, with the default
 * {@code synchronous=FULL}, synced to disk) before {@link #write} returns; writes that arrive together share one
 * transaction and one sync, each in its own savepoint ({@link GroupCommit}). Reads run on a small pool of other
 * connections, each in its own transaction so that it sees one consistent snapshot. Every failure of the
 * database is thrown as a {@link StoreException}.
 */
public final class SqliteDatabase implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:db/migration/sqlite";
    /** The version of the newest migration in {@link #MIGRATIONS} (a test keeps the two in step). */
    static final int NEWEST_MIGRATION = 4;

    private final String url;
    private final SQLiteConfig readConfig;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final GroupCommit group = new GroupCommit();
    private final Deque<Connection> idleReaders = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    private SqliteDatabase(String url, SQLiteConfig readConfig, Connection writer) {
        this.url = url;
        this.readConfig = readConfig;
        this.writer = writer;
    }

    /** Opens (creating when absent) and migrates {@code file} with the default options. */
    public static SqliteDatabase open(Path file) {
        return open(file, SqliteOptions.DEFAULTS);
    }

    public static SqliteDatabase open(Path file, SqliteOptions options) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!current(url, config(options))) {
                migrate(url, config(options));
            }
            return new SqliteDatabase(url, config(options), config(options).createConnection(url));
        } catch (SQLException | IOException | RuntimeException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig config(SqliteOptions options) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(options.synchronous().name()));
        config.setBusyTimeout((int) options.busyTimeout().toMillis());
        config.enforceForeignKeys(true);
        return config;
    }

    /**
     * Whether every migration up to the newest was applied, and none failed: then the file is opened without
     * starting Flyway, which takes longer than everything else a start does.
     */
    private static boolean current(String url, SQLiteConfig config) throws SQLException {
        try (Connection c = config.createConnection(url); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                    + " AND name = 'flyway_schema_history'")) {
                if (!rs.next()) {
                    return false;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FILTER (WHERE success = 0),"
                    + " MAX(CASE WHEN success = 1 THEN CAST(version AS INTEGER) END) FROM flyway_schema_history")) {
                return rs.next() && rs.getInt(1) == 0 && rs.getInt(2) == NEWEST_MIGRATION;
            }
        }
    }

    private static void migrate(String url, SQLiteConfig config) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        FlywayLogging.quiet();
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }

    /**
     * Runs {@code work} in a transaction and commits it durably; when it throws, only its own changes are rolled
     * back and its exception is thrown here. Works of other threads waiting at the same moment may share the
     * transaction (each in its own savepoint), so a work must not begin or end transactions itself. The
     * transaction begins IMMEDIATE, taking the file's write lock up front (waiting up to the busy timeout for
     * another process), so that it never fails half-way for a lock.
     */
    public <T> T write(SqlWork<T> work) {
        GroupCommit.Pending<T> mine = group.enqueue(work);
        writeLock.lock();
        try {
            if (!mine.isDone()) {
                if (closed) {
                    group.failQueued(new StoreException("the database " + url + " is closed", null));
                } else {
                    group.runQueued(writer, "BEGIN IMMEDIATE", mine, SqliteDatabase::wrap);
                }
            }
        } finally {
            writeLock.unlock();
        }
        return mine.result();
    }

    /** Runs {@code work} in one read transaction, on a connection other than the writer's. */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection c = borrowReader();
        boolean healthy = false;
        try {
            T result = inTransaction(c, "BEGIN", work);
            healthy = true;
            return result;
        } finally {
            giveBack(c, healthy);
        }
    }

    /**
     * Connections stay in auto-commit mode and transactions are begun and ended by statements: in manual
     * mode the driver would begin the next transaction straight after each commit, and an IMMEDIATE one
     * would then hold the write lock while idle.
     */
    private static <T> T inTransaction(Connection c, String begin, SqlWork<T> work) {
        try {
            execute(c, begin);
        } catch (SQLException e) {
            throw wrap(e);
        }
        try {
            T result = work.run(c);
            execute(c, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw wrap(e);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** True only while the database is open and answers a query. */
    public boolean ping() {
        if (closed) {
            return false;
        }
        try {
            return read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT 1")) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            });
        } catch (StoreException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(writer);
            Connection c;
            while ((c = idleReaders.poll()) != null) {
                closeQuietly(c);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private Connection borrowReader() {
        Connection c = idleReaders.poll();
        if (c != null) {
            return c;
        }
        try {
            return readConfig.createConnection(url);
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to " + url + ": " + e.getMessage(), e);
        }
    }

    private void giveBack(Connection c, boolean healthy) {
        if (healthy && !closed) {
            idleReaders.push(c);
            if (closed && idleReaders.remove(c)) {
                closeQuietly(c);
            }
        } else {
            closeQuietly(c);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the database " + url + " is closed", null);
        }
    }

    private static RuntimeException wrap(Exception e) {
        if (e instanceof StoreException s) {
            return s;
        }
        if (e instanceof SQLException) {
            return new StoreException("database failure: " + e.getMessage(), e);
        }
        return (RuntimeException) e;
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing left to do with a connection that will not close
        }
    }
}
