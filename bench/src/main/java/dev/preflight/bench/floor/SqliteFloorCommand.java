package dev.preflight.bench.floor;

import dev.preflight.bench.report.Results;
import org.sqlite.SQLiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The floor for durable writes: raw sqlite-jdbc in WAL mode, one thread, inserting an event-sized row and
 * committing, as fast as it can, with {@code synchronous} FULL and NORMAL; and 1,000-row transactions. The
 * file lives where the database would ({@code --dir}), since the disk is what is measured.
 */
@Command(name = "sqlite-floor", mixinStandardHelpOptions = true,
        description = "Measure raw SQLite commits per second in WAL mode on this disk.")
public final class SqliteFloorCommand implements Callable<Integer> {

    private static final String PAYLOAD = "{\"item\":42}";

    @Option(names = "--dir", defaultValue = "${sys:java.io.tmpdir}", description = "Directory for the test file.")
    Path dir;

    @Option(names = "--duration", defaultValue = "PT4S", description = "Time per measurement (PT4S).")
    Duration duration;

    @Option(names = "--out", description = "Results file to append to.")
    Path out;

    @Override
    public Integer call() throws IOException, SQLException {
        for (String sync : new String[] {"FULL", "NORMAL"}) {
            Path file = Files.createTempFile(dir, "sqlite-floor", ".db");
            try {
                commits(file, sync, 1);
                commits(file, sync, 1000);
            } finally {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(file + suffix));
                }
            }
        }
        return 0;
    }

    private void commits(Path file, String sync, int rowsPerCommit) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(sync));
        config.setBusyTimeout(10_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            execute(c, "CREATE TABLE IF NOT EXISTS events (deployment_id BIGINT NOT NULL, sequence BIGINT NOT NULL,"
                    + " at VARCHAR(40) NOT NULL, actor VARCHAR(200) NOT NULL, request_id VARCHAR(200) NOT NULL,"
                    + " type VARCHAR(40) NOT NULL, payload TEXT NOT NULL, UNIQUE (deployment_id, sequence))");
            long[] latencies = new long[1 << 20];
            int n = 0;
            long sequence = rowsPerCommit * 10_000_000L;
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO events (deployment_id, sequence, at,"
                    + " actor, request_id, type, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                while (System.nanoTime() < end && n < latencies.length) {
                    long t0 = System.nanoTime();
                    execute(c, "BEGIN IMMEDIATE");
                    for (int r = 0; r < rowsPerCommit; r++) {
                        insert.setLong(1, 1);
                        insert.setLong(2, ++sequence);
                        insert.setString(3, "2024-05-01T09:30:00.000000000Z");
                        insert.setString(4, "U0BENCH001");
                        insert.setString(5, "req-" + sequence);
                        insert.setString(6, "ticked");
                        insert.setString(7, PAYLOAD);
                        insert.executeUpdate();
                    }
                    execute(c, "COMMIT");
                    latencies[n++] = System.nanoTime() - t0;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report(sync, rowsPerCommit, n, seconds, Arrays.copyOf(latencies, n));
        }
    }

    private void report(String sync, int rows, int commits, double seconds, long[] latencies) {
        Arrays.sort(latencies);
        double p50 = latencies[latencies.length / 2] / 1e6;
        double p99 = latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6;
        System.out.printf(Locale.ROOT, "sqlite WAL synchronous=%s, %d row(s) a commit: %.0f commits/s, %.0f rows/s,"
                        + " commit p50 %.2f ms p99 %.2f ms%n", sync, rows, commits / seconds, commits * rows / seconds,
                p50, p99);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "sqlite");
        fields.put("sync", sync);
        fields.put("rows", Integer.toString(rows));
        fields.put("commits_per_s", Results.number(commits / seconds));
        fields.put("rows_per_s", Results.number(commits * rows / seconds));
        fields.put("p50", Results.number(p50));
        fields.put("p99", Results.number(p99));
        Results.append(out, fields);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
