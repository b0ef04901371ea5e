package dev.preflight.storage.deployment;

import dev.preflight.commands.conversation.Outbox;
import dev.preflight.commands.conversation.Outbox.Letter;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent.Ticked;
import dev.preflight.commands.deployment.DeploymentStore.Appended;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A change and the letters that show it in chat are committed together, or neither is. */
class ChangeLettersTest {

    private static final Instant T0 = Instant.parse("2024-05-01T09:30:00Z");

    @TempDir
    Path dir;

    private SqliteDatabase db;
    private SqliteDeploymentStore store;
    private SqliteOutbox outbox;
    private final List<List<RecordedEvent>> shown = new ArrayList<>();
    private boolean failing;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("preflight.db"));
        store = new SqliteDeploymentStore(db, new TinyTemplates());
        outbox = new SqliteOutbox(db);
        store.sendChanges(this::letters, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Letter> letters(Deployment after, List<RecordedEvent> appended) {
        if (failing) {
            throw new IllegalStateException("no letters today");
        }
        shown.add(appended);
        return appended.stream().map(e -> new Letter(e.requestId() + "/" + e.sequence(), after.channel(), "REFRESH",
                "{}", Optional.of("section:" + after.id()), true)).toList();
    }

    private long started() {
        return ((Appended.Done) store.create(Starts.api(), T0, "alice", "start")).deployment().id();
    }

    private List<String> waitingKeys() {
        return outbox.due(T0, 10).stream().map(d -> outbox.waiting(d.id()).orElseThrow().letter().key()).toList();
    }

    @Test
    void aChangeIsWrittenWithItsLetters() {
        long id = started();

        store.append(id, 1, List.of(new Ticked(1), new Ticked(2)), T0, "bob", "tick-1");

        assertThat(shown).singleElement().satisfies(events -> assertThat(events)
                .extracting(RecordedEvent::sequence).containsExactly(2L, 3L));
        assertThat(outbox.waiting()).as("the second refresh of one message replaces the first").isEqualTo(1);
        assertThat(waitingKeys()).containsExactly("tick-1/3");
    }

    @Test
    void aChangeWhoseLettersFailIsNotRecorded() {
        long id = started();
        failing = true;

        assertThatThrownBy(() -> store.append(id, 1, List.of(new Ticked(1)), T0, "bob", "tick-1"))
                .hasMessageContaining("no letters today");

        assertThat(store.load(id).orElseThrow().sequence()).isEqualTo(1);
        assertThat(store.events(id)).hasSize(1);
        assertThat(store.recorded("tick-1")).isFalse();
        assertThat(outbox.waiting()).isZero();
        failing = false;
        assertThat(store.append(id, 1, List.of(new Ticked(1)), T0, "bob", "tick-1"))
                .as("the same request, once letters can be written").isInstanceOf(Appended.Done.class);
        assertThat(outbox.waiting()).isEqualTo(1);
    }

    @Test
    void aReplayedOrStaleChangeSendsNothing() {
        long id = started();
        store.append(id, 1, List.of(new Ticked(1)), T0, "bob", "tick-1");

        Appended replay = store.append(id, 2, List.of(new Ticked(1)), T0, "bob", "tick-1");
        Appended stale = store.append(id, 1, List.of(new Ticked(2)), T0, "carol", "tick-2");

        assertThat(replay).isInstanceOf(Appended.Duplicate.class);
        assertThat(stale).isInstanceOf(Appended.Conflict.class);
        assertThat(shown).hasSize(1);
        assertThat(waitingKeys()).containsExactly("tick-1/2");
    }

    @Test
    void startingADeploymentSendsNoChangeLetters() {
        started();

        assertThat(shown).isEmpty();
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void lettersGoToTheOutboxOfTheStoresDatabase() {
        long id = started();
        store.append(id, 1, List.of(new Ticked(1)), T0, "bob", "tick-1");

        try (SqliteDatabase again = SqliteDatabase.open(dir.resolve("preflight.db"))) {
            Outbox reopened = new SqliteOutbox(again);
            assertThat(reopened.waiting()).isEqualTo(1);
        }
    }
}
