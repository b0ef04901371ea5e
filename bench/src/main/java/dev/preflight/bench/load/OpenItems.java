package dev.preflight.bench.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which checklist items of the active deployments are still open, so that a click ticks an item its clicker
 * sees open, as people do: each item is ticked at most once in a run, and with the server's database the
 * items already ticked or marked N/A in the store are left alone too. Shared by all workers.
 */
final class OpenItems {

    private final ConcurrentMap<Long, BitSet> closed = new ConcurrentHashMap<>();

    /** Nothing known to be closed: the run still never clicks one item twice. */
    static OpenItems unknown() {
        return new OpenItems();
    }

    /** The items closed in {@code db} (a server's SQLite file, read from the side) of deployments 1..active. */
    static OpenItems in(Path db, int active) throws SQLException {
        OpenItems open = new OpenItems();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro");
             PreparedStatement s = c.prepareStatement("SELECT deployment_id, type, json_extract(payload, '$.item')"
                     + " FROM events WHERE deployment_id <= ? AND type IN ('ticked', 'unticked',"
                     + " 'marked_not_applicable') ORDER BY deployment_id, sequence")) {
            s.setLong(1, active);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BitSet items = open.closed.computeIfAbsent(rs.getLong(1), d -> new BitSet());
                    items.set(rs.getInt(3), !rs.getString(2).equals("unticked"));
                }
            }
        }
        return open;
    }

    /** Item {@code item} of {@code deployment} is about to be unticked: it can be claimed again afterwards. */
    void reopen(long deployment, int item) {
        BitSet items = closed.computeIfAbsent(deployment, d -> new BitSet());
        synchronized (items) {
            items.clear(item);
        }
    }

    /** Claims item {@code item} of {@code deployment} for a click: false when it is closed or was claimed. */
    boolean claim(long deployment, int item) {
        BitSet items = closed.computeIfAbsent(deployment, d -> new BitSet());
        synchronized (items) {
            if (items.get(item)) {
                return false;
            }
            items.set(item);
            return true;
        }
    }
}
