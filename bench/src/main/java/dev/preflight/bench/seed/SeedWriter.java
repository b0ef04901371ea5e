package dev.preflight.bench.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes seeded rows straight into the store's tables, as the store would have written them: events with
 * their JSON payloads, a request id per event, the deployments projection. Commits every 50,000 events.
 */
final class SeedWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final int BATCH = 50_000;

    private final Connection c;
    private final PreparedStatement deployment;
    private final PreparedStatement event;
    private final PreparedStatement request;
    private final PreparedStatement message;
    private final String startedTemplate;
    private final SplittableRandom random = new SplittableRandom(7);
    private Instant clock = Instant.parse("2024-01-01T08:00:00Z");
    private long events;
    private long pending;

    private SeedWriter(Connection c, String templateSource) throws SQLException {
        this.c = c;
        this.startedTemplate = templateSource;
        this.deployment = c.prepareStatement("INSERT INTO deployments (id, name, channel, thread_ref, status,"
                + " started_at) VALUES (?, ?, ?, ?, ?, ?)");
        this.event = c.prepareStatement("INSERT INTO events (deployment_id, sequence, at, actor, request_id, type,"
                + " payload) VALUES (?, ?, ?, ?, ?, ?, ?)");
        this.request = c.prepareStatement("INSERT INTO requests (request_id, deployment_id) VALUES (?, ?)");
        this.message = c.prepareStatement("INSERT INTO message_refs (message_key, channel, ref) VALUES (?, ?, ?)");
    }

    static SeedWriter open(Path file, String templateSource) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        c.setAutoCommit(false);
        return new SeedWriter(c, templateSource);
    }

    long events() {
        return events;
    }

    /** An active deployment with some items ticked (and some of those unticked again). */
    void active(long id, String channel, String thread, int changes, int items) throws SQLException {
        String started = begin(id, "bench-" + id, channel, thread, "ACTIVE");
        long seq = opening(id, started, channel, thread);
        BitSet ticked = new BitSet();
        for (int i = 0; i < changes; i++) {
            int item = 1 + random.nextInt(items);
            boolean wasTicked = ticked.get(item);
            ticked.flip(item);
            add(id, ++seq, wasTicked ? "unticked" : "ticked", JSON.createObjectNode().put("item", item));
        }
    }

    /**
     * The references of a deployment's messages, as if the bot had posted them: the root at {@code thread},
     * the others at the references {@link Fleet#messageOf} gives.
     */
    void messages(long id, String channel, String thread, List<String> keys) throws SQLException {
        for (int i = 0; i < keys.size(); i++) {
            message.setString(1, keys.get(i));
            message.setString(2, channel);
            message.setString(3, i == 0 ? thread : Fleet.messageOf(id, i));
            message.addBatch();
        }
    }

    /** A deployment whose items were all ticked, then completed. */
    void completed(long id, int items) throws SQLException {
        String thread = String.format("1600000000.%06d", id);
        String started = begin(id, "done-" + id, "CARCHIVE", thread, "COMPLETED");
        long seq = opening(id, started, "CARCHIVE", thread);
        for (int item = 1; item <= items; item++) {
            add(id, ++seq, "ticked", JSON.createObjectNode().put("item", item));
        }
        add(id, ++seq, "completed", JSON.createObjectNode().put("forced", true).put("reason", "seeded history"));
    }

    private String begin(long id, String name, String channel, String thread, String status) throws SQLException {
        deployment.setLong(1, id);
        deployment.setString(2, name);
        deployment.setString(3, channel);
        deployment.setString(4, thread);
        deployment.setString(5, status);
        deployment.setString(6, AT.format(clock));
        deployment.addBatch();
        return JSON.createObjectNode().put("name", name).put("environment", "production").put("channel", channel)
                .put("templateName", "production-deployment-checklist").put("templateSource", startedTemplate)
                .toString();
    }

    private long opening(long id, String started, String channel, String thread) throws SQLException {
        addRaw(id, 1, "started", started);
        add(id, 2, "thread_linked", JSON.createObjectNode().put("threadRef", thread));
        return 2;
    }

    private void add(long id, long seq, String type, ObjectNode payload) throws SQLException {
        addRaw(id, seq, type, payload.toString());
    }

    private void addRaw(long id, long seq, String type, String payload) throws SQLException {
        clock = clock.plusMillis(1 + random.nextInt(5000));
        String requestId = "seed-" + id + "-" + seq;
        event.setLong(1, id);
        event.setLong(2, seq);
        event.setString(3, AT.format(clock));
        event.setString(4, String.format("U0BENCH%03d", random.nextInt(50)));
        event.setString(5, requestId);
        event.setString(6, type);
        event.setString(7, payload);
        event.addBatch();
        request.setString(1, requestId);
        request.setLong(2, id);
        request.addBatch();
        events++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        deployment.executeBatch();
        event.executeBatch();
        request.executeBatch();
        message.executeBatch();
        c.commit();
        pending = 0;
    }

    void finish() throws SQLException {
        flush();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
