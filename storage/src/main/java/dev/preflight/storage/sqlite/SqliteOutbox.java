package dev.preflight.storage.sqlite;

import dev.preflight.commands.conversation.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox in a {@link SqliteDatabase} (tables of migration V2). Every change is one committed transaction,
 * so a letter enqueued before a crash is delivered after the restart, and a letter delivered is never handed
 * out again. Database failures are thrown as {@link dev.preflight.commands.deployment.StoreException}.
 */
public final class SqliteOutbox implements Outbox {

    private static final String HEADS = "SELECT MIN(id) AS id FROM outbox WHERE state = 'waiting' GROUP BY channel";
    private static final int MAX_ERROR = 1000;

    private final SqliteDatabase db;

    public SqliteOutbox(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void enqueue(List<Letter> letters, Instant now) {
        List<Letter> copy = List.copyOf(letters);
        if (copy.isEmpty()) {
            return;
        }
        db.write(c -> {
            enqueue(c, copy, now);
            return null;
        });
    }

    /**
     * Adds {@code letters} as {@link #enqueue(List, Instant)} does, in the caller's transaction on {@code c} (a
     * connection of this outbox's database, inside {@link SqliteDatabase#write}): they are committed with
     * whatever else that transaction writes, or not at all.
     */
    public void enqueue(Connection c, List<Letter> letters, Instant now) throws SQLException {
        for (Letter letter : letters) {
            if (exists(c, letter.key())) {
                continue;
            }
            if (letter.replaceable()) {
                replaceWaiting(c, letter.message().orElseThrow(), now);
            }
            insert(c, letter, now);
        }
    }

    @Override
    public List<Due> due(Instant now, int max) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT o.id, o.channel FROM outbox o JOIN (" + HEADS
                    + ") h ON h.id = o.id WHERE o.not_before <= ? ORDER BY o.id LIMIT ?")) {
                s.setLong(1, now.toEpochMilli());
                s.setInt(2, max);
                List<Due> due = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        due.add(new Due(rs.getLong(1), rs.getString(2)));
                    }
                }
                return due;
            }
        });
    }

    @Override
    public Optional<Waiting> waiting(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT letter_key, channel, kind, payload, message_key,"
                    + " replaceable, attempts FROM outbox WHERE id = ? AND state = 'waiting'")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Waiting>empty();
                    }
                    Letter letter = new Letter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Optional.ofNullable(rs.getString(5)), rs.getBoolean(6));
                    return Optional.of(new Waiting(id, letter, rs.getInt(7)));
                }
            }
        });
    }

    @Override
    public Optional<Instant> nextDue() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT MIN(o.not_before) FROM outbox o JOIN (" + HEADS + ") h ON h.id = o.id");
                 ResultSet rs = s.executeQuery()) {
                long millis = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(millis));
            }
        });
    }

    @Override
    public void delivered(long id, Optional<String> postedAs, Instant now) {
        db.write(c -> {
            finish(c, id, "delivered", null, now);
            if (postedAs.isPresent()) {
                remember(c, id, postedAs.get());
            }
            return null;
        });
    }

    @Override
    public void retryAt(long id, Instant at, String reason) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1,"
                    + " not_before = ?, last_error = ? WHERE id = ? AND state = 'waiting'")) {
                s.setLong(1, at.toEpochMilli());
                s.setString(2, clip(reason));
                s.setLong(3, id);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void giveUp(long id, String reason, Instant now) {
        db.write(c -> {
            finish(c, id, "given_up", reason, now);
            return null;
        });
    }

    @Override
    public Optional<String> messageRef(String messageKey) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT ref FROM message_refs WHERE message_key = ?")) {
                s.setString(1, messageKey);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public int waiting() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE state = 'waiting'");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * Forgets letters that were finished (delivered, replaced or given up) before {@code before}; their keys can
     * then be enqueued again. Returns how many were forgotten. Message references are kept.
     */
    public int forgetFinishedBefore(Instant before) {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM outbox WHERE state <> 'waiting' AND finished_at < ?")) {
                s.setLong(1, before.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    private static boolean exists(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM outbox WHERE letter_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void replaceWaiting(Connection c, String messageKey, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET state = 'replaced', finished_at = ?"
                + " WHERE message_key = ? AND replaceable = ? AND state = 'waiting'")) {
            s.setLong(1, now.toEpochMilli());
            s.setString(2, messageKey);
            s.setBoolean(3, true);
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, Letter letter, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (letter_key, channel, kind, payload,"
                + " message_key, replaceable, state, attempts, not_before, enqueued_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'waiting', 0, ?, ?)")) {
            s.setString(1, letter.key());
            s.setString(2, letter.channel());
            s.setString(3, letter.kind());
            s.setString(4, letter.payload());
            s.setString(5, letter.message().orElse(null));
            s.setBoolean(6, letter.replaceable());
            s.setLong(7, now.toEpochMilli());
            s.setLong(8, now.toEpochMilli());
            s.executeUpdate();
        }
    }

    private static void finish(Connection c, long id, String state, String reason, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET state = ?, attempts = attempts + 1,"
                + " last_error = ?, finished_at = ? WHERE id = ?")) {
            s.setString(1, state);
            s.setString(2, reason == null ? null : clip(reason));
            s.setLong(3, now.toEpochMilli());
            s.setLong(4, id);
            s.executeUpdate();
        }
    }

    private static void remember(Connection c, long id, String ref) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO message_refs (message_key, channel, ref)"
                + " SELECT message_key, channel, ? FROM outbox WHERE id = ? AND message_key IS NOT NULL"
                + " ON CONFLICT (message_key) DO UPDATE SET channel = excluded.channel, ref = excluded.ref")) {
            s.setString(1, ref);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    private static String clip(String reason) {
        return reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR);
    }
}
