package dev.preflight.commands.conversation;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chat channel wired to a real Preflight on a SQLite file: people type commands and read the replies.
 * Roles: U_PM project-manager, U_DEV dev-lead, U_OPS devops-sysadmin; qa-lead is mapped to nobody; U_ADMIN is
 * the admin. Moments show in Berlin time; the clock starts at 2026-11-27 10:00 there.
 */
final class Chat implements AutoCloseable {

    static final String CHANNEL = "C1";
    static final Instant START = Instant.parse("2026-11-27T09:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final AccessPolicy ACCESS = new AccessPolicy(Map.of(
            "project-manager", Set.of("U_PM"), "dev-lead", Set.of("U_DEV"), "devops-sysadmin", Set.of("U_OPS")),
            Set.of("U_ADMIN"));

    final TestClock clock = new TestClock(START);
    /** The template library's sources by name; tests may edit them. */
    final Map<String, String> templates = new ConcurrentHashMap<>(Map.of(BundledTemplate.NAME, Checklists.BUNDLED,
            "hotfix", Checklists.HOTFIX));
    final DeploymentStore store;
    final Preflight preflight;

    private final SqliteDatabase db;
    private final AtomicInteger requests = new AtomicInteger();

    Chat(Path dir) {
        this(dir, UnaryOperator.identity());
    }

    /** {@code wrap} may put something in front of the real store, e.g. to make two commands meet. */
    Chat(Path dir, UnaryOperator<DeploymentStore> wrap) {
        db = SqliteDatabase.open(dir.resolve("preflight.db"));
        store = wrap.apply(new SqliteDeploymentStore(db, TemplateParser::parse));
        preflight = new Preflight(store, clock, library(), ACCESS, ZONE);
    }

    /** {@code user} types {@code text} in the channel, outside any thread. */
    List<Reply> type(String user, String text) {
        return preflight.handle(new Invocation(user, CHANNEL, Optional.empty(), nextRequest(), text));
    }

    /** {@code user} types {@code text} in the thread whose root is {@code thread}. */
    List<Reply> typeIn(String thread, String user, String text) {
        return preflight.handle(new Invocation(user, CHANNEL, Optional.of(thread), nextRequest(), text));
    }

    /** {@code user} types {@code text} and the platform gives it {@code requestId}. */
    List<Reply> typeWithRequest(String requestId, String user, String text) {
        return preflight.handle(new Invocation(user, CHANNEL, Optional.empty(), requestId, text));
    }

    /** Starts a deployment from the default template and posts its thread, as an adapter would. */
    Deployment start(String name) {
        List<Reply> replies = type("U_ANN", "start " + name);
        List<Reply.Opened> opened = Replies.only(replies, Reply.Opened.class);
        assertThat(opened).as("start %s: %s", name, replies).hasSize(1);
        long id = opened.get(0).deployment().id();
        return preflight.linkThread(id, thread(id));
    }

    /** The thread reference the fake platform gives deployment {@code id}'s root message. */
    static String thread(long id) {
        return "ts-" + id;
    }

    Deployment reload(long id) {
        return store.load(id).orElseThrow();
    }

    List<RecordedEvent> events(long id) {
        return store.events(id);
    }

    private String nextRequest() {
        return "req-" + requests.incrementAndGet();
    }

    private TemplateLibrary library() {
        return new TemplateLibrary() {
            @Override
            public String defaultName() {
                return BundledTemplate.NAME;
            }

            @Override
            public Optional<Source> find(String name) {
                return Optional.ofNullable(templates.get(name)).map(markdown -> new Source(name, markdown));
            }

            @Override
            public List<String> names() {
                return templates.keySet().stream().sorted().toList();
            }
        };
    }

    @Override
    public void close() {
        db.close();
    }
}
