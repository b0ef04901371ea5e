package dev.preflight.storage.sqlite;

import dev.preflight.commands.reminder.NewReminder;
import dev.preflight.commands.reminder.Origin;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderStoreException;
import dev.preflight.commands.reminder.ReminderTask;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteReminderStoreTest {

    static final Instant MONDAY = Instant.parse("2024-03-04T08:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private final List<SqliteDatabase> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(SqliteDatabase::close);
    }

    SqliteReminderStore store() {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("preflight.db"),
                SqliteOptions.DEFAULTS.withSynchronous(SqliteOptions.Synchronous.NORMAL));
        opened.add(db);
        return new SqliteReminderStore(db);
    }

    static NewReminder due(Cadence cadence, Instant at) {
        return new NewReminder(cadence, Origin.SCHEDULED, at, "#ops", BERLIN, List.of("Check error logs", "Verify backups"),
                at.plus(Duration.ofHours(3)), Optional.of(at.plus(Duration.ofDays(1))),
                Optional.of(at.plus(Duration.ofHours(3))), Optional.empty());
    }

    static NewReminder onDemand(Instant at, String requestId) {
        return new NewReminder(Cadence.DAILY, Origin.ON_DEMAND, at, "#ops", BERLIN, List.of("Check error logs"),
                at.plus(Duration.ofHours(3)), Optional.of(at.plus(Duration.ofDays(1))), Optional.empty(),
                Optional.of(requestId));
    }

    @Nested
    @DisplayName("Claiming")
    class Claiming {

        @Test
        @DisplayName("numbers reminders from 1 and their tasks from 1, unposted")
        void numbersReminders() {
            SqliteReminderStore store = store();

            List<Reminder> claimed = store.claim(List.of(due(Cadence.DAILY, MONDAY), due(Cadence.WEEKLY, MONDAY)),
                    "a", MONDAY);

            assertThat(claimed).extracting(Reminder::id).containsExactly(1L, 2L);
            assertThat(claimed.get(0).tasks()).extracting(ReminderTask::number, ReminderTask::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Check error logs"),
                            org.assertj.core.groups.Tuple.tuple(2, "Verify backups"));
            assertThat(claimed.get(0).postedAt()).isEmpty();
            assertThat(claimed.get(0).nextNudgeAt()).contains(MONDAY.plus(Duration.ofHours(3)));
            assertThat(claimed.get(0).zone()).isEqualTo(BERLIN);
        }

        @Test
        @DisplayName("an occurrence claimed before, through another connection, is left out")
        void sameOccurrenceOnce() {
            SqliteReminderStore first = store();
            SqliteReminderStore second = store();
            first.claim(List.of(due(Cadence.DAILY, MONDAY)), "a", MONDAY);

            List<Reminder> again = second.claim(List.of(due(Cadence.DAILY, MONDAY),
                    due(Cadence.DAILY, MONDAY.plus(Duration.ofDays(1)))), "b", MONDAY);

            assertThat(again).extracting(Reminder::dueAt).containsExactly(MONDAY.plus(Duration.ofDays(1)));
            assertThat(first.dueSince(Instant.EPOCH)).hasSize(2);
        }

        @Test
        @DisplayName("a request id claims at most one reminder")
        void requestOnce() {
            SqliteReminderStore store = store();
            store.claim(List.of(onDemand(MONDAY, "req-1")), "a", MONDAY);

            assertThat(store.claim(List.of(onDemand(MONDAY.plusSeconds(5), "req-1")), "a", MONDAY)).isEmpty();
            assertThat(store.byRequest("req-1")).map(Reminder::dueAt).contains(MONDAY);
        }

        @Test
        @DisplayName("the last scheduled due time ignores reminders asked for")
        void lastScheduledDue() {
            SqliteReminderStore store = store();
            assertThat(store.lastScheduledDue(Cadence.DAILY)).isEmpty();

            store.claim(List.of(due(Cadence.DAILY, MONDAY), onDemand(MONDAY.plusSeconds(60), "r")), "a", MONDAY);

            assertThat(store.lastScheduledDue(Cadence.DAILY)).contains(MONDAY);
            assertThat(store.lastScheduledDue(Cadence.WEEKLY)).isEmpty();
        }

        @Test
        @DisplayName("an unposted reminder is taken over by one caller only once its claim is old")
        void reclaimOnce() {
            SqliteReminderStore store = store();
            store.claim(List.of(due(Cadence.DAILY, MONDAY)), "a", MONDAY);
            Instant later = MONDAY.plus(Duration.ofMinutes(5));

            assertThat(store.unposted(MONDAY.minusSeconds(1))).isEmpty();
            assertThat(store.unposted(MONDAY)).extracting(Reminder::id).containsExactly(1L);
            assertThat(store.reclaim(1, MONDAY, "b", later)).isTrue();
            assertThat(store.reclaim(1, MONDAY, "c", later)).isFalse();

            store.posted(1, "ts-1", later);
            assertThat(store.unposted(later)).isEmpty();
            assertThat(store.find(1).orElseThrow().messageRef()).contains("ts-1");
        }
    }

    @Nested
    @DisplayName("Schedules")
    class Schedules {

        @Test
        @DisplayName("apply from when they were first seen, and again from when they changed")
        void since() {
            SqliteReminderStore store = store();

            assertThat(store.schedule(Cadence.DAILY, "daily at 09:00", MONDAY)).isEqualTo(MONDAY);
            assertThat(store.schedule(Cadence.DAILY, "daily at 09:00", MONDAY.plusSeconds(60))).isEqualTo(MONDAY);
            assertThat(store.schedule(Cadence.WEEKLY, "weekly", MONDAY.plusSeconds(60))).isEqualTo(MONDAY.plusSeconds(60));
            assertThat(store.schedule(Cadence.DAILY, "daily at 10:00", MONDAY.plusSeconds(120)))
                    .isEqualTo(MONDAY.plusSeconds(120));
            assertThat(store().schedule(Cadence.DAILY, "daily at 10:00", MONDAY.plusSeconds(180)))
                    .isEqualTo(MONDAY.plusSeconds(120));
        }
    }

    @Nested
    @DisplayName("Ticking, skipping and nudging")
    class Changes {

        @Test
        @DisplayName("a tick records who did the task and when, and never overwrites an earlier tick")
        void tick() {
            SqliteReminderStore store = store();
            store.claim(List.of(due(Cadence.DAILY, MONDAY)), "a", MONDAY);

            store.tick(1, Set.of(1), "alice", MONDAY.plusSeconds(60));
            Reminder after = store.tick(1, Set.of(1, 2), "bob", MONDAY.plusSeconds(120));

            assertThat(after.task(1).orElseThrow().done()).contains(new ReminderTask.Done("alice", MONDAY.plusSeconds(60)));
            assertThat(after.task(2).orElseThrow().done()).contains(new ReminderTask.Done("bob", MONDAY.plusSeconds(120)));
            assertThat(after.isDone()).isTrue();
            assertThat(store.open()).isEmpty();
        }

        @Test
        @DisplayName("a skip is recorded once")
        void skip() {
            SqliteReminderStore store = store();
            store.claim(List.of(due(Cadence.DAILY, MONDAY)), "a", MONDAY);

            store.skip(1, new Reminder.Skip("bob", MONDAY, "holiday"));
            Reminder after = store.skip(1, new Reminder.Skip("carol", MONDAY.plusSeconds(1), "other"));

            assertThat(after.skip()).contains(new Reminder.Skip("bob", MONDAY, "holiday"));
            assertThat(store.open()).isEmpty();
        }

        @Test
        @DisplayName("only posted, unfinished reminders whose nudge is due and whose period runs are nudgeable")
        void nudgeable() {
            SqliteReminderStore store = store();
            Instant tuesday = MONDAY.plus(Duration.ofDays(1));
            store.claim(List.of(due(Cadence.DAILY, MONDAY), due(Cadence.WEEKLY, MONDAY), due(Cadence.MONTHLY, MONDAY),
                    due(Cadence.QUARTERLY, MONDAY), due(Cadence.DAILY, tuesday)), "a", MONDAY);
            for (long id = 1; id <= 4; id++) {
                store.posted(id, "ts-" + id, MONDAY);
            }
            store.tick(2, Set.of(1, 2), "alice", MONDAY);
            store.skip(3, new Reminder.Skip("bob", MONDAY, "holiday"));
            Instant nudgeDue = MONDAY.plus(Duration.ofHours(3));

            assertThat(store.nudgeable(nudgeDue.minusNanos(1))).isEmpty();
            assertThat(store.nudgeable(nudgeDue)).extracting(Reminder::id).containsExactly(1L, 4L);
            assertThat(store.nudgeable(tuesday)).isEmpty();
        }

        @Test
        @DisplayName("a nudge is counted by one caller only")
        void nudgeOnce() {
            SqliteReminderStore store = store();
            store.claim(List.of(due(Cadence.DAILY, MONDAY)), "a", MONDAY);
            Optional<Instant> next = Optional.of(MONDAY.plus(Duration.ofHours(6)));

            assertThat(store.claimNudge(1, 0, next)).isTrue();
            assertThat(store.claimNudge(1, 0, next)).isFalse();
            assertThat(store.find(1).orElseThrow().nudges()).isEqualTo(1);
            assertThat(store.find(1).orElseThrow().nextNudgeAt()).isEqualTo(next);
            assertThat(store.nextNudge(1, Optional.empty()).nextNudgeAt()).isEmpty();
        }
    }

    @Test
    @DisplayName("everything survives closing and reopening the file")
    void durable() {
        SqliteReminderStore store = store();
        store.claim(List.of(due(Cadence.DAILY, MONDAY)), "a", MONDAY);
        store.posted(1, "ts-1", MONDAY);
        store.tick(1, Set.of(2), "alice", MONDAY);
        opened.forEach(SqliteDatabase::close);

        Reminder reopened = store().find(1).orElseThrow();

        assertThat(reopened.messageRef()).contains("ts-1");
        assertThat(reopened.openTasks()).extracting(ReminderTask::number).containsExactly(1);
    }

    @Test
    @DisplayName("a database failure is a ReminderStoreException")
    void failure() {
        SqliteReminderStore store = store();
        opened.forEach(SqliteDatabase::close);

        assertThatThrownBy(store::open).isInstanceOf(ReminderStoreException.class);
        assertThatThrownBy(() -> store.claim(List.of(due(Cadence.DAILY, MONDAY)), "a", MONDAY))
                .isInstanceOf(ReminderStoreException.class);
    }
}
