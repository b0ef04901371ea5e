package dev.preflight.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection inside one transaction of a {@link SqliteDatabase}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
