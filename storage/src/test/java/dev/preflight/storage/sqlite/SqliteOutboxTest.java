package dev.preflight.storage.sqlite;

import dev.preflight.commands.conversation.Outbox.Due;
import dev.preflight.commands.conversation.Outbox.Letter;
import dev.preflight.commands.conversation.Outbox.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteOutboxTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;

    private SqliteDatabase db;

    private SqliteOutbox open() {
        if (db != null) {
            db.close();
        }
        db = SqliteDatabase.open(dir.resolve("preflight.db"));
        return new SqliteOutbox(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Letter post(String key, String channel) {
        return new Letter(key, channel, "POST", "{\"text\":\"" + key + " é 🚀\"}", Optional.of("m/" + key), false);
    }

    private static Letter update(String key, String channel, String message) {
        return new Letter(key, channel, "UPDATE", "{\"v\":\"" + key + "\"}", Optional.of(message), true);
    }

    private static List<String> keys(SqliteOutbox outbox, List<Due> due) {
        return letters(outbox, due).stream().map(w -> w.letter().key()).toList();
    }

    private static List<Waiting> letters(SqliteOutbox outbox, List<Due> due) {
        return due.stream().map(d -> outbox.waiting(d.id()).orElseThrow()).toList();
    }

    @Nested
    @DisplayName("per channel, in order")
    class Order {

        @Test
        void handsOutOnlyTheFirstWaitingLetterOfEachChannel() {
            SqliteOutbox outbox = open();
            outbox.enqueue(List.of(post("a1", "C1"), post("b1", "C2"), post("a2", "C1")), T0);

            List<Due> due = outbox.due(T0, 10);

            assertThat(keys(outbox, due)).containsExactly("a1", "b1");
            outbox.delivered(due.get(0).id(), Optional.of("111.000"), T0);
            assertThat(keys(outbox, outbox.due(T0, 10))).containsExactly("b1", "a2");
        }

        @Test
        void aLetterToRetryHoldsBackItsChannelUntilItIsDue() {
            SqliteOutbox outbox = open();
            outbox.enqueue(List.of(post("a1", "C1"), post("a2", "C1"), post("b1", "C2")), T0);
            long first = outbox.due(T0, 10).get(0).id();

            outbox.retryAt(first, T0.plusSeconds(5), "HTTP 500");

            assertThat(keys(outbox, outbox.due(T0.plusSeconds(1), 10))).containsExactly("b1");
            assertThat(outbox.nextDue()).contains(T0);
            assertThat(letters(outbox, outbox.due(T0.plusSeconds(5), 10))).first()
                    .satisfies(w -> assertThat(w.letter().key()).isEqualTo("a1"))
                    .satisfies(w -> assertThat(w.attempts()).isEqualTo(1));
        }

        @Test
        void aLetterGivenUpLetsItsChannelMoveOn() {
            SqliteOutbox outbox = open();
            outbox.enqueue(List.of(post("a1", "C1"), post("a2", "C1")), T0);

            outbox.giveUp(outbox.due(T0, 10).get(0).id(), "channel_not_found", T0);

            assertThat(keys(outbox, outbox.due(T0, 10))).containsExactly("a2");
            assertThat(outbox.messageRef("m/a1")).isEmpty();
        }

        @Test
        void nextDueIsEmptyWhenNothingWaits() {
            SqliteOutbox outbox = open();

            assertThat(outbox.nextDue()).isEmpty();
            assertThat(outbox.waiting()).isZero();
        }
    }

    @Nested
    @DisplayName("nothing lost, nothing doubled")
    class Durability {

        @Test
        void lettersWaitingSurviveReopeningTheDatabase() {
            open().enqueue(List.of(post("a1", "C1"), post("a2", "C1")), T0);

            SqliteOutbox reopened = open();

            assertThat(reopened.waiting()).isEqualTo(2);
            assertThat(letters(reopened, reopened.due(T0, 10))).singleElement()
                    .satisfies(w -> assertThat(w.letter()).isEqualTo(post("a1", "C1")));
        }

        @Test
        void enqueuingTheSameKeyAgainDoesNothingEvenAfterDelivery() {
            SqliteOutbox outbox = open();
            outbox.enqueue(List.of(post("a1", "C1")), T0);
            outbox.delivered(outbox.due(T0, 10).get(0).id(), Optional.of("1.0"), T0);

            outbox.enqueue(List.of(post("a1", "C1")), T0.plusSeconds(1));

            assertThat(outbox.waiting()).isZero();
        }

        @Test
        void aDeliveredPostRemembersItsMessageReference() {
            SqliteOutbox outbox = open();
            outbox.enqueue(List.of(post("a1", "C1")), T0);

            outbox.delivered(outbox.due(T0, 10).get(0).id(), Optional.of("1700000000.000100"), T0);

            assertThat(open().messageRef("m/a1")).contains("1700000000.000100");
        }

        @Test
        void forgetsFinishedLettersOnlyWhenAsked() {
            SqliteOutbox outbox = open();
            outbox.enqueue(List.of(post("a1", "C1"), post("a2", "C1")), T0);
            outbox.delivered(outbox.due(T0, 10).get(0).id(), Optional.empty(), T0);

            assertThat(outbox.forgetFinishedBefore(T0.plusSeconds(1))).isEqualTo(1);
            assertThat(outbox.waiting()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("updates of one message")
    class Replacing {

        @Test
        void aNewerUpdateReplacesOneStillWaiting() {
            SqliteOutbox outbox = open();
            outbox.enqueue(List.of(post("p", "C1"), update("u1", "C1", "m/p"), post("q", "C1")), T0);

            outbox.enqueue(List.of(update("u2", "C1", "m/p")), T0);

            outbox.delivered(outbox.due(T0, 10).get(0).id(), Optional.of("1.0"), T0);
            outbox.delivered(outbox.due(T0, 10).get(0).id(), Optional.of("2.0"), T0);
            assertThat(keys(outbox, outbox.due(T0, 10))).containsExactly("u2");
            assertThat(outbox.waiting()).isEqualTo(1);
        }

        @Test
        void anUpdateReplacedAfterItWasHandedOutIsNoLongerWaiting() {
            SqliteOutbox outbox = open();
            outbox.enqueue(List.of(update("u1", "C1", "m/p")), T0);
            long first = outbox.due(T0, 10).get(0).id();

            outbox.enqueue(List.of(update("u2", "C1", "m/p")), T0);

            assertThat(outbox.waiting(first)).isEmpty();
            assertThat(keys(outbox, outbox.due(T0, 10))).containsExactly("u2");
        }

        @Test
        void postsAreNeverReplaced() {
            SqliteOutbox outbox = open();
            outbox.enqueue(List.of(post("p", "C1")), T0);

            outbox.enqueue(List.of(update("u1", "C1", "m/p")), T0);

            assertThat(outbox.waiting()).isEqualTo(2);
        }
    }
}
