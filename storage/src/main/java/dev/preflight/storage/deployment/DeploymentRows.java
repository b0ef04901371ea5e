package dev.preflight.storage.deployment;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.Status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code deployments} table: a projection of each deployment's name, channel, thread and status, kept in
 * the same transaction as its events so that lookups by channel and thread need not fold every log.
 */
final class DeploymentRows {

    private DeploymentRows() {
    }

    /** The id for a new deployment; unique because writers are serialized and this runs in their transaction. */
    static long nextId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM deployments");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void insert(Connection c, Deployment d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO deployments "
                + "(id, name, channel, thread_ref, status, started_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, d.id());
            s.setString(2, d.name());
            s.setString(3, d.channel());
            s.setString(4, d.threadRef().orElse(null));
            s.setString(5, d.status().name());
            s.setString(6, Timestamps.format(d.startedAt()));
            s.executeUpdate();
        }
    }

    static void update(Connection c, Deployment d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE deployments SET thread_ref = ?, status = ? WHERE id = ?")) {
            s.setString(1, d.threadRef().orElse(null));
            s.setString(2, d.status().name());
            s.setLong(3, d.id());
            s.executeUpdate();
        }
    }

    /** Ids of the channel's active deployments, oldest first. */
    static List<Long> active(Connection c, String channel) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM deployments "
                + "WHERE channel = ? AND status = ? ORDER BY started_at, id")) {
            s.setString(1, channel);
            s.setString(2, Status.ACTIVE.name());
            return ids(s);
        }
    }

    /** Ids of the deployments rooted at {@code threadRef} in {@code channel}, oldest first. */
    static List<Long> byThread(Connection c, String channel, String threadRef) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM deployments "
                + "WHERE channel = ? AND thread_ref = ? ORDER BY started_at, id")) {
            s.setString(1, channel);
            s.setString(2, threadRef);
            return ids(s);
        }
    }

    private static List<Long> ids(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }
}
