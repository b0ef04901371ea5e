package dev.preflight.storage.deployment;

import dev.preflight.commands.deployment.RecordedEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code events} table: every deployment's log, one row per event. */
final class EventRows {

    private EventRows() {
    }

    static void insert(Connection c, List<RecordedEvent> events) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events "
                + "(deployment_id, sequence, at, actor, request_id, type, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (RecordedEvent e : events) {
                EventJson.Encoded encoded = EventJson.encode(e.event());
                s.setLong(1, e.deploymentId());
                s.setLong(2, e.sequence());
                s.setString(3, Timestamps.format(e.at()));
                s.setString(4, e.actor());
                s.setString(5, e.requestId());
                s.setString(6, encoded.type());
                s.setString(7, encoded.payload());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The events of one deployment that come after {@code sequence}, in order. */
    static List<RecordedEvent> after(Connection c, long deploymentId, long sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT sequence, at, actor, request_id, type, payload "
                + "FROM events WHERE deployment_id = ? AND sequence > ? ORDER BY sequence")) {
            s.setLong(1, deploymentId);
            s.setLong(2, sequence);
            try (ResultSet rs = s.executeQuery()) {
                List<RecordedEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(new RecordedEvent(deploymentId, rs.getLong(1), Timestamps.parse(rs.getString(2)),
                            rs.getString(3), rs.getString(4), EventJson.decode(rs.getString(5), rs.getString(6))));
                }
                return events;
            }
        }
    }
}
