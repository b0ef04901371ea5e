package dev.preflight.storage.sqlite;

import dev.preflight.commands.deployment.StoreException;
import dev.preflight.commands.reminder.NewReminder;
import dev.preflight.commands.reminder.Origin;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderStore;
import dev.preflight.commands.reminder.ReminderStoreException;
import dev.preflight.commands.template.Cadence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dev.preflight.storage.sqlite.SqliteReminderRows.HAS_OPEN_TASK;
import static dev.preflight.storage.sqlite.SqliteReminderRows.text;

/**
 * The reminder store in a {@link SqliteDatabase}. A claim inserts the occurrence's row in its own write
 * transaction, and {@code INSERT ... ON CONFLICT DO NOTHING} on {@code UNIQUE (cadence, due_at)} leaves out an
 * occurrence someone else claimed first; SQLite's {@code BEGIN IMMEDIATE} serializes writers across processes.
 */
public final class SqliteReminderStore implements ReminderStore {

    private final SqliteDatabase db;

    public SqliteReminderStore(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Instant schedule(Cadence cadence, String definition, Instant now) {
        Optional<StoredSchedule> stored = read(c -> storedSchedule(c, cadence));
        if (stored.isPresent() && stored.get().definition().equals(definition)) {
            return stored.get().since();
        }
        return write(c -> {
            Optional<StoredSchedule> again = storedSchedule(c, cadence);
            if (again.isPresent() && again.get().definition().equals(definition)) {
                return again.get().since();
            }
            String sql = again.isPresent()
                    ? "UPDATE reminder_schedules SET definition = ?, since = ? WHERE cadence = ?"
                    : "INSERT INTO reminder_schedules (definition, since, cadence) VALUES (?, ?, ?)";
            update(c, sql, definition, text(now), cadence.name());
            return now;
        });
    }

    private record StoredSchedule(String definition, Instant since) {
    }

    private static Optional<StoredSchedule> storedSchedule(Connection c, Cadence cadence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT definition, since FROM reminder_schedules WHERE cadence = ?")) {
            s.setString(1, cadence.name());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new StoredSchedule(rs.getString(1), Instant.parse(rs.getString(2))))
                        : Optional.empty();
            }
        }
    }

    @Override
    public Optional<Instant> lastScheduledDue(Cadence cadence) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT MAX(due_at) FROM reminders WHERE cadence = ? AND origin <> ?")) {
                s.setString(1, cadence.name());
                s.setString(2, Origin.ON_DEMAND.name());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getString(1) != null ? Optional.of(Instant.parse(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Reminder> claim(List<NewReminder> reminders, String claimant, Instant now) {
        if (reminders.isEmpty()) {
            return List.of();
        }
        return write(c -> {
            List<Long> ids = new ArrayList<>();
            for (NewReminder r : reminders) {
                long id = nextId(c);
                if (insert(c, id, r, claimant, now)) {
                    insertTasks(c, id, r.tasks());
                    ids.add(id);
                }
            }
            List<Reminder> claimed = new ArrayList<>();
            for (long id : ids) {
                claimed.add(SqliteReminderRows.byId(c, id).orElseThrow());
            }
            return claimed;
        });
    }

    private static long nextId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM reminders");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean insert(Connection c, long id, NewReminder r, String claimant, Instant now)
            throws SQLException {
        return update(c, "INSERT INTO reminders (id, cadence, due_at, origin, request_id, channel, zone, claimed_by,"
                        + " claimed_at, deadline_at, period_ends_at, nudges, next_nudge_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING",
                id, r.cadence().name(), text(r.dueAt()), r.origin().name(), r.requestId().orElse(null), r.channel(),
                r.zone().getId(), claimant, text(now), text(r.deadline()), text(r.periodEnd()),
                text(r.firstNudgeAt())) == 1;
    }

    private static void insertTasks(Connection c, long id, List<String> tasks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO reminder_tasks (reminder_id, number, text) VALUES (?, ?, ?)")) {
            for (int i = 0; i < tasks.size(); i++) {
                s.setLong(1, id);
                s.setInt(2, i + 1);
                s.setString(3, tasks.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public List<Reminder> unposted(Instant claimedBefore) {
        return read(c -> SqliteReminderRows.select(c, "r.posted_at IS NULL AND r.claimed_at <= ?", text(claimedBefore)));
    }

    @Override
    public boolean reclaim(long id, Instant claimedBefore, String claimant, Instant now) {
        return write(c -> update(c, "UPDATE reminders SET claimed_by = ?, claimed_at = ?"
                        + " WHERE id = ? AND posted_at IS NULL AND claimed_at <= ?",
                claimant, text(now), id, text(claimedBefore)) == 1);
    }

    @Override
    public void posted(long id, String messageRef, Instant at) {
        write(c -> update(c, "UPDATE reminders SET posted_at = ?, message_ref = ? WHERE id = ?",
                text(at), messageRef, id));
    }

    @Override
    public Optional<Reminder> find(long id) {
        return read(c -> SqliteReminderRows.byId(c, id));
    }

    @Override
    public Optional<Reminder> byRequest(String requestId) {
        return read(c -> SqliteReminderRows.select(c, "r.request_id = ?", requestId).stream().findFirst());
    }

    @Override
    public List<Reminder> open() {
        return read(c -> SqliteReminderRows.select(c, "r.skipped_at IS NULL AND " + HAS_OPEN_TASK));
    }

    @Override
    public List<Reminder> dueSince(Instant from) {
        return read(c -> SqliteReminderRows.select(c, "r.due_at >= ?", text(from)));
    }

    @Override
    public List<Reminder> nudgeable(Instant now) {
        return read(c -> SqliteReminderRows.select(c, "r.posted_at IS NOT NULL AND r.skipped_at IS NULL"
                        + " AND r.next_nudge_at <= ? AND (r.period_ends_at IS NULL OR r.period_ends_at > ?) AND "
                        + HAS_OPEN_TASK,
                text(now), text(now)));
    }

    @Override
    public boolean claimNudge(long id, int nudgesSeen, Optional<Instant> next) {
        return write(c -> update(c, "UPDATE reminders SET nudges = nudges + 1, next_nudge_at = ?"
                + " WHERE id = ? AND nudges = ?", text(next), id, nudgesSeen) == 1);
    }

    @Override
    public Reminder tick(long id, Set<Integer> numbers, String user, Instant at) {
        return write(c -> {
            for (int number : numbers) {
                update(c, "UPDATE reminder_tasks SET done_by = ?, done_at = ?"
                        + " WHERE reminder_id = ? AND number = ? AND done_at IS NULL", user, text(at), id, number);
            }
            return existing(c, id);
        });
    }

    @Override
    public Reminder skip(long id, Reminder.Skip skip) {
        return write(c -> {
            update(c, "UPDATE reminders SET skipped_by = ?, skipped_at = ?, skip_reason = ?"
                    + " WHERE id = ? AND skipped_at IS NULL", skip.user(), text(skip.at()), skip.reason(), id);
            return existing(c, id);
        });
    }

    @Override
    public Reminder nextNudge(long id, Optional<Instant> at) {
        return write(c -> {
            update(c, "UPDATE reminders SET next_nudge_at = ? WHERE id = ?", text(at), id);
            return existing(c, id);
        });
    }

    private static Reminder existing(Connection c, long id) throws SQLException {
        return SqliteReminderRows.byId(c, id)
                .orElseThrow(() -> new IllegalArgumentException("there is no reminder #" + id));
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private <T> T read(SqlWork<T> work) {
        try {
            return db.read(work);
        } catch (StoreException e) {
            throw new ReminderStoreException(e.getMessage(), e);
        }
    }

    private <T> T write(SqlWork<T> work) {
        try {
            return db.write(work);
        } catch (StoreException e) {
            throw new ReminderStoreException(e.getMessage(), e);
        }
    }
}
