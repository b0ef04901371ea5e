package dev.preflight.storage.sqlite;

import dev.preflight.commands.reminder.Origin;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderTask;
import dev.preflight.commands.template.Cadence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads reminders with their tasks from rows, and writes instants as the sortable text the tables hold. */
final class SqliteReminderRows {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final String SELECT = "SELECT r.id, r.cadence, r.origin, r.due_at, r.channel, r.zone,"
            + " r.posted_at, r.message_ref, r.deadline_at, r.period_ends_at, r.nudges, r.next_nudge_at,"
            + " r.skipped_by, r.skipped_at, r.skip_reason, t.number, t.text, t.done_by, t.done_at"
            + " FROM reminders r JOIN reminder_tasks t ON t.reminder_id = r.id";

    private static final String ORDER = " ORDER BY r.due_at, r.id, t.number";

    /** An unfinished task of the reminder {@code r}: for conditions on open reminders. */
    static final String HAS_OPEN_TASK =
            "EXISTS (SELECT 1 FROM reminder_tasks o WHERE o.reminder_id = r.id AND o.done_at IS NULL)";

    private SqliteReminderRows() {
    }

    /** The reminders matching {@code where} (a condition on {@code r}, with ? for {@code parameters}), by due time. */
    static List<Reminder> select(Connection c, String where, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE " + where + ORDER)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return read(rs);
            }
        }
    }

    static Optional<Reminder> byId(Connection c, long id) throws SQLException {
        return select(c, "r.id = ?", id).stream().findFirst();
    }

    static String text(Instant instant) {
        return INSTANT.format(instant);
    }

    static String text(Optional<Instant> instant) {
        return instant.map(SqliteReminderRows::text).orElse(null);
    }

    private static List<Reminder> read(ResultSet rs) throws SQLException {
        List<Reminder> reminders = new ArrayList<>();
        List<ReminderTask> tasks = new ArrayList<>();
        Row current = null;
        while (rs.next()) {
            long id = rs.getLong("id");
            if (current != null && current.id != id) {
                reminders.add(current.reminder(tasks));
                tasks.clear();
            }
            if (current == null || current.id != id) {
                current = new Row(rs);
            }
            String doneBy = rs.getString("done_by");
            tasks.add(new ReminderTask(rs.getInt("number"), rs.getString("text"),
                    instant(rs, "done_at").map(at -> new ReminderTask.Done(doneBy, at))));
        }
        if (current != null) {
            reminders.add(current.reminder(tasks));
        }
        return reminders;
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
    }

    /** The columns of one reminder, read once from the first row of its tasks. */
    private static final class Row {
        private final long id;
        private final Cadence cadence;
        private final Origin origin;
        private final Instant dueAt;
        private final String channel;
        private final ZoneId zone;
        private final Optional<Instant> postedAt;
        private final Optional<String> messageRef;
        private final Instant deadline;
        private final Optional<Instant> periodEnd;
        private final int nudges;
        private final Optional<Instant> nextNudgeAt;
        private final Optional<Reminder.Skip> skip;

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            cadence = Cadence.valueOf(rs.getString("cadence"));
            origin = Origin.valueOf(rs.getString("origin"));
            dueAt = Instant.parse(rs.getString("due_at"));
            channel = rs.getString("channel");
            zone = ZoneId.of(rs.getString("zone"));
            postedAt = instant(rs, "posted_at");
            messageRef = Optional.ofNullable(rs.getString("message_ref"));
            deadline = Instant.parse(rs.getString("deadline_at"));
            periodEnd = instant(rs, "period_ends_at");
            nudges = rs.getInt("nudges");
            nextNudgeAt = instant(rs, "next_nudge_at");
            Optional<Instant> skippedAt = instant(rs, "skipped_at");
            String skippedBy = rs.getString("skipped_by");
            String reason = rs.getString("skip_reason");
            skip = skippedAt.map(at -> new Reminder.Skip(skippedBy, at, reason));
        }

        Reminder reminder(List<ReminderTask> tasks) {
            return new Reminder(id, cadence, origin, dueAt, channel, zone, tasks, postedAt, messageRef, deadline,
                    periodEnd, nudges, nextNudgeAt, skip);
        }
    }
}
