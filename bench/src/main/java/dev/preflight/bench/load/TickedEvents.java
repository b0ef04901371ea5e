package dev.preflight.bench.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts the {@code ticked} events committed in a server's database, read from the side (WAL readers do not
 * block the writer): the difference over the measured window is the number of durable ticks, whatever the
 * responses said.
 */
final class TickedEvents implements AutoCloseable {

    private final Connection c;

    TickedEvents(Path db) throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro");
    }

    long count() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM events WHERE type = 'ticked'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
