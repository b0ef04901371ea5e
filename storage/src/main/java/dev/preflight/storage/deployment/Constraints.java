package dev.preflight.storage.deployment;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** Recognizes a write the database refused because it would break a constraint of the schema. */
final class Constraints {

    private Constraints() {
    }

    static boolean violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && violated(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean violated(SQLException e) {
        if (e instanceof SQLIntegrityConstraintViolationException) {
            return true;
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
            return true;
        }
        return e instanceof SQLiteException s
                && s.getResultCode().name().startsWith(SQLiteErrorCode.SQLITE_CONSTRAINT.name());
    }
}
