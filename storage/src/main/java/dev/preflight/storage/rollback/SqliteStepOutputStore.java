package dev.preflight.storage.rollback;

import dev.preflight.commands.rollback.StepOutputStore;
import dev.preflight.storage.sqlite.SqliteDatabase;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The full output of rollback steps and monitoring commands, in the {@code step_outputs} table. */
public final class SqliteStepOutputStore implements StepOutputStore {

    private final SqliteDatabase db;

    public SqliteStepOutputStore(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public String keep(long deploymentId, String output) {
        String ref = "out-" + UUID.randomUUID();
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO step_outputs (ref, deployment_id, output) VALUES (?, ?, ?)")) {
                s.setString(1, ref);
                s.setLong(2, deploymentId);
                s.setString(3, output);
                return s.executeUpdate();
            }
        });
        return ref;
    }

    @Override
    public Optional<String> find(String ref) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT output FROM step_outputs WHERE ref = ?")) {
                s.setString(1, ref);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
