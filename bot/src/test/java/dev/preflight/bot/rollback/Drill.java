package dev.preflight.bot.rollback;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.commands.rollback.LiveMessage;
import dev.preflight.commands.rollback.RollbackFeature;
import dev.preflight.commands.rollback.RollbackListener;
import dev.preflight.commands.rollback.RollbackSettings;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.rollback.SqliteStepOutputStore;
import dev.preflight.storage.sqlite.SqliteDatabase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preflight as the bot builds it, on a SQLite file, with rollback steps run as real processes in a temporary
 * directory: a deployment of {@code template} is started and its thread linked; people type commands in it.
 * U_OPS holds devops-sysadmin, U_OPS2 too, U_DEV only dev-lead.
 */
final class Drill implements AutoCloseable {

    static final String SECRET = "hunter2-db-password";
    static final String TOKEN = "xoxb-1111-2222-abcd";
    static final String CHANNEL = "C1";
    static final String THREAD = "ts-1";
    static final AccessPolicy ACCESS = new AccessPolicy(Map.of("devops-sysadmin", Set.of("U_OPS", "U_OPS2"),
            "dev-lead", Set.of("U_DEV")), Set.of());

    final SqliteDatabase db;
    final SqliteDeploymentStore store;
    final SqliteStepOutputStore outputs;
    final Shown shown = new Shown();
    final RollbackFeature feature;
    final Preflight preflight;
    final long id;
    private final AtomicInteger requests = new AtomicInteger();

    Drill(Path dir, String template, RollbackSettings settings) {
        this(dir, template, settings, true);
    }

    /** Preflight started again on the database of an earlier drill in {@code dir}, as after a restart. */
    static Drill reopen(Path dir, String template, RollbackSettings settings) {
        return new Drill(dir, template, settings, false);
    }

    private Drill(Path dir, String template, RollbackSettings settings, boolean startDeployment) {
        db = SqliteDatabase.open(dir.resolve("preflight.db"));
        store = new SqliteDeploymentStore(db, TemplateParser::parse);
        outputs = new SqliteStepOutputStore(db);
        Clock clock = Clock.systemUTC();
        feature = new RollbackFeature(store, outputs, LocalProcessRunner.from(settings), shown, settings, ACCESS,
                name -> name.equals("DB_PASSWORD") ? Optional.of(SECRET) : Optional.empty(), clock);
        preflight = new Preflight(store, clock, TemplateLibrary.of("drill", Map.of("drill", template)), ACCESS,
                ZoneOffset.UTC, Optional.empty(), Optional.of(feature));
        if (!startDeployment) {
            id = store.byThread(CHANNEL, THREAD).orElseThrow().id();
            return;
        }
        List<Reply> started = preflight.handle(new Invocation("U_DEV", CHANNEL, Optional.empty(), "start",
                "start drill-1"));
        long opened = started.stream().filter(r -> r instanceof Reply.Opened).map(r -> ((Reply.Opened) r)
                .deployment().id()).findFirst().orElseThrow(() -> new AssertionError("not started: " + started));
        id = preflight.linkThread(opened, THREAD).id();
    }

    /** The drill's settings: commands run in {@code dir} with DB_PASSWORD set, a short time-out, no pacing. */
    static RollbackSettings settings(Path dir, Duration timeout) {
        return new RollbackSettings(RollbackSettings.DEFAULT_ROLES, 1, timeout, Optional.of(dir),
                Map.of("DB_PASSWORD", SECRET, "API_TOKEN", TOKEN), List.of(), Map.of(), List.of(), Duration.ZERO);
    }

    List<Reply> type(String user, String text) {
        return preflight.handle(new Invocation(user, CHANNEL, Optional.of(THREAD), "req-" + requests.incrementAndGet(),
                text));
    }

    /** What the thread shows for {@code text}: the replies, one per line, whispers marked. */
    String say(String user, String text) {
        return type(user, text).stream().map(r -> r instanceof Reply.Say s ? s.text()
                : r instanceof Reply.Whisper w ? "(whisper) " + w.text() : r.toString())
                .collect(Collectors.joining("\n"));
    }

    List<DeploymentEvent> rollbackEvents() {
        return store.events(id).stream().map(RecordedEvent::event)
                .filter(e -> e instanceof DeploymentEvent.RollbackEvent).toList();
    }

    <T extends DeploymentEvent> List<T> events(Class<T> type) {
        return store.events(id).stream().map(RecordedEvent::event).filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        feature.close();
        db.close();
    }

    /** The live messages the thread shows, as an adapter would receive them. */
    static final class Shown implements RollbackListener {
        private final List<LiveMessage> messages = new ArrayList<>();

        @Override
        public synchronized void show(LiveMessage message) {
            messages.add(message);
            notifyAll();
        }

        synchronized List<LiveMessage> all() {
            return List.copyOf(messages);
        }

        /** Waits for the {@code n}th finished message (1-based). */
        synchronized LiveMessage finished(int n) {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (true) {
                List<LiveMessage> done = messages.stream().filter(LiveMessage::finished).toList();
                if (done.size() >= n) {
                    return done.get(n - 1);
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as("finished message #%d; shown: %s", n, messages).isPositive();
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}
