package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A reminder's outcome")
class ReminderTest {

    static final Instant DUE = Instant.parse("2024-03-04T08:00:00Z");
    static final Instant DEADLINE = DUE.plusSeconds(3 * 3600);
    static final Instant NEXT = Instant.parse("2024-03-05T08:00:00Z");

    static ReminderTask task(int n, Instant doneAt) {
        return new ReminderTask(n, "task " + n,
                Optional.ofNullable(doneAt).map(at -> new ReminderTask.Done(n == 1 ? "alice" : "bob", at)));
    }

    static Reminder reminder(Origin origin, Optional<Reminder.Skip> skip, ReminderTask... tasks) {
        return new Reminder(1, Cadence.DAILY, origin, DUE, "#ops", ZoneId.of("Europe/Berlin"), List.of(tasks),
                Optional.of(DUE), Optional.of("ref"), DEADLINE, Optional.of(NEXT), 0, Optional.of(DEADLINE), skip);
    }

    @Test
    @DisplayName("is on time when every task was ticked by the deadline")
    void onTime() {
        Reminder r = reminder(Origin.SCHEDULED, Optional.empty(), task(1, DUE.plusSeconds(60)), task(2, DEADLINE));

        assertThat(r.outcome(NEXT.plusSeconds(1))).isEqualTo(Outcome.ON_TIME);
        assertThat(r.doneBy()).containsExactly("alice", "bob");
        assertThat(r.completedAt()).contains(DEADLINE);
    }

    @Test
    @DisplayName("is late when the last task was ticked after the deadline, even in the next period")
    void lateAfterDeadline() {
        Reminder r = reminder(Origin.SCHEDULED, Optional.empty(), task(1, DUE), task(2, NEXT.plusSeconds(60)));

        assertThat(r.outcome(NEXT.plusSeconds(120))).isEqualTo(Outcome.LATE);
    }

    @Test
    @DisplayName("is late when it was posted after downtime, however fast it was done")
    void lateWhenCaughtUp() {
        Reminder r = reminder(Origin.CAUGHT_UP, Optional.empty(), task(1, DUE), task(2, DUE));

        assertThat(r.outcome(DUE)).isEqualTo(Outcome.LATE);
    }

    @Test
    @DisplayName("is open until the cadence falls due again, then missed")
    void openThenMissed() {
        Reminder r = reminder(Origin.SCHEDULED, Optional.empty(), task(1, DUE), task(2, null));

        assertThat(r.outcome(NEXT.minusNanos(1))).isEqualTo(Outcome.OPEN);
        assertThat(r.outcome(NEXT)).isEqualTo(Outcome.MISSED);
        assertThat(r.isOpen()).isTrue();
    }

    @Test
    @DisplayName("is skipped when skipped, whatever was ticked")
    void skipped() {
        Reminder r = reminder(Origin.SCHEDULED, Optional.of(new Reminder.Skip("bob", DUE, "holiday")),
                task(1, DUE), task(2, null));

        assertThat(r.outcome(NEXT)).isEqualTo(Outcome.SKIPPED);
        assertThat(r.isOpen()).isFalse();
    }
}
