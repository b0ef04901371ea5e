package dev.preflight.bot.slack.rollback;

import dev.preflight.bot.slack.delivery.Outgoing;
import dev.preflight.commands.conversation.Outbox;
import dev.preflight.commands.rollback.LiveMessage;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Rollback progress through the outbox")
class SlackRollbackListenerTest {

    private static final String THREAD = "1800000000.000100";
    private static final String KEY = "rollback/42/17";

    @TempDir
    Path dir;
    private SqliteDatabase db;
    private SqliteOutbox outbox;
    private final AtomicInteger wakes = new AtomicInteger();
    private SlackRollbackListener listener;
    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("preflight.db"));
        outbox = new SqliteOutbox(db);
        listener = new SlackRollbackListener(outbox, wakes::incrementAndGet, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("the first version is posted in the thread; the newest later one replaces it, and waits as one")
    void firstPostedThenNewestUpdate() {
        listener.show(version(KEY, Optional.of(THREAD), "", false));
        listener.show(version(KEY, Optional.of(THREAD), "one\n", false));
        listener.show(version(KEY, Optional.of(THREAD), "one\ntwo\n", true));

        assertThat(outbox.waiting()).isEqualTo(2);
        Outbox.Waiting post = deliverNext(Optional.of("1800000000.000200"));
        Outgoing posted = Outgoing.fromJson(post.letter().payload());
        assertThat(posted.kind()).isEqualTo(Outgoing.Kind.POST);
        assertThat(posted.threadTs()).contains(THREAD);
        assertThat(post.letter().message()).contains(KEY);
        Outbox.Waiting update = deliverNext(Optional.empty());
        assertThat(Outgoing.fromJson(update.letter().payload()).kind()).isEqualTo(Outgoing.Kind.UPDATE);
        assertThat(update.letter().payload()).contains("two");
        assertThat(outbox.waiting()).isZero();
        assertThat(outbox.messageRef(KEY)).contains("1800000000.000200");
        assertThat(wakes).hasValue(3);
    }

    @Test
    @DisplayName("a stream of updates waiting for Slack is one letter behind the post")
    void streamOfUpdatesWaitsAsOne() {
        for (int i = 0; i < 200; i++) {
            listener.show(version(KEY, Optional.of(THREAD), "line " + i + "\n", false));
        }

        assertThat(outbox.waiting()).isEqualTo(2);
        deliverNext(Optional.of("1800000000.000200"));
        assertThat(deliverNext(Optional.empty()).letter().payload()).contains("line 199");
    }

    @Test
    @DisplayName("every step's attempt is a message of its own")
    void eachKeyIsPostedOnce() {
        listener.show(version(KEY, Optional.of(THREAD), "", true));
        listener.show(version("rollback/42/18", Optional.of(THREAD), "", false));
        listener.show(version("rollback/42/18", Optional.of(THREAD), "", true));

        assertThat(Outgoing.fromJson(deliverNext(Optional.of("1.1")).letter().payload()).kind())
                .isEqualTo(Outgoing.Kind.POST);
        assertThat(Outgoing.fromJson(deliverNext(Optional.of("1.2")).letter().payload()).kind())
                .isEqualTo(Outgoing.Kind.POST);
        assertThat(Outgoing.fromJson(deliverNext(Optional.empty()).letter().payload()).kind())
                .isEqualTo(Outgoing.Kind.UPDATE);
    }

    @Test
    @DisplayName("without a known thread the post goes into the thread of the deployment's root message")
    void withoutThreadUnderTheRoot() {
        listener.show(version(KEY, Optional.empty(), "", false));

        assertThat(Outgoing.fromJson(deliverNext(Optional.of("1.1")).letter().payload()).threadOf())
                .contains("deployment/42/root");
    }

    /** Delivers the channel's next letter as the courier would; returns it. */
    private Outbox.Waiting deliverNext(Optional<String> postedAs) {
        List<Outbox.Due> due = outbox.due(clock.instant(), 10);
        assertThat(due).hasSize(1);
        Outbox.Waiting next = outbox.waiting(due.get(0).id()).orElseThrow();
        outbox.delivered(next.id(), postedAs, clock.instant());
        return next;
    }

    private static LiveMessage version(String key, Optional<String> thread, String output, boolean finished) {
        return new LiveMessage("C1", thread, key, "*Step 1 of 3 — Stop*\nRunning …", output, finished,
                finished ? List.of("rollback run 2") : List.of());
    }
}
