package dev.preflight.storage.deployment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code requests} table: every request id that has written, and the deployment it wrote to. */
final class RequestRows {

    private RequestRows() {
    }

    static Optional<Long> deploymentOf(Connection c, String requestId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT deployment_id FROM requests WHERE request_id = ?")) {
            s.setString(1, requestId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static void insert(Connection c, String requestId, long deploymentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO requests (request_id, deployment_id) VALUES (?, ?)")) {
            s.setString(1, requestId);
            s.setLong(2, deploymentId);
            s.executeUpdate();
        }
    }
}
