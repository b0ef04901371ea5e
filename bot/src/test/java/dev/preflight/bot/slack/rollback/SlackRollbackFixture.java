package dev.preflight.bot.slack.rollback;

import dev.preflight.bot.rollback.Rollbacks;
import dev.preflight.bot.slack.SlackServer;
import dev.preflight.bot.slack.SlackSettings;
import dev.preflight.bot.slack.fake.Eventually;
import dev.preflight.bot.slack.fake.FakeMessage;
import dev.preflight.bot.slack.fake.FakeSlack;
import dev.preflight.bot.slack.fake.Interactions;
import dev.preflight.bot.slack.fake.SlackRequests;
import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.commands.rollback.RollbackFeature;
import dev.preflight.commands.rollback.RollbackSettings;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteOutbox;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot wired as the application wires it for Slack, against the fake Slack: a SQLite file, the rollback feature
 * running steps as real processes in a temporary directory and showing them through a {@link SlackRollbackListener}
 * on the server's outbox, the core with rollbacks, and the Slack server. UOPS holds devops-sysadmin (the rollback
 * role), UDEV only dev-lead. A deployment of the drill template is started with {@code /deploy start}.
 */
final class SlackRollbackFixture implements AutoCloseable {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TOKEN = "xoxb-1234-5678-preflighttest";
    static final String CHANNEL = "CDEPLOYS";
    static final Duration WAIT = Duration.ofSeconds(15);
    static final AccessPolicy ACCESS = new AccessPolicy(Map.of("devops-sysadmin", Set.of("UOPS"),
            "dev-lead", Set.of("UDEV")), Set.of());
    private static final SlackSettings.Delivery FAST = new SlackSettings.Delivery(Duration.ZERO, 4,
            Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(1_500), Duration.ofMillis(2_000));

    final FakeSlack slack = FakeSlack.start(TOKEN);
    final Path workdir;
    final SqliteDatabase db;
    final SqliteDeploymentStore store;
    private final RollbackFeature rollbacks;
    private final SlackServer server;
    private final SlackRequests requests;
    private final AtomicInteger ids = new AtomicInteger();
    final long deployment;
    final String rootTs;

    SlackRollbackFixture(Path dir, String template) {
        workdir = dir;
        db = SqliteDatabase.open(dir.resolve("preflight.db"));
        store = new SqliteDeploymentStore(db, TemplateParser::parse);
        Clock clock = Clock.systemUTC();
        RollbackSettings settings = new RollbackSettings(RollbackSettings.DEFAULT_ROLES, 1, Duration.ofSeconds(10),
                Optional.of(dir), Map.of(), List.of(), Map.of(), List.of(), Duration.ofMillis(50));
        // The server's courier exists only once the server runs, and the server needs the core, which needs the
        // rollbacks, which need the listener: the listener wakes the courier through this reference.
        AtomicReference<SlackServer> serving = new AtomicReference<>();
        SlackRollbackListener listener = new SlackRollbackListener(new SqliteOutbox(db),
                () -> Optional.ofNullable(serving.get()).ifPresent(SlackServer::wake), clock);
        rollbacks = Rollbacks.onThisHost(store, db, settings, ACCESS, listener, clock);
        Preflight core = new Preflight(store, clock, TemplateLibrary.of("drill", Map.of("drill", template)), ACCESS,
                ZoneOffset.UTC, Optional.empty(), Optional.of(rollbacks));
        server = SlackServer.start(new SlackSettings(TOKEN, SECRET, slack.apiUrl(), 0, FAST), core, db, store,
                clock, ZoneOffset.UTC);
        serving.set(server);
        requests = new SlackRequests(server.port(), SECRET, clock);
        requests.command("UDEV", CHANNEL, "start v1.0", "trigger-start", slack.responseUrl());
        Eventually.await("the root message", WAIT, () -> !slack.workspace().channel(CHANNEL).isEmpty());
        rootTs = slack.workspace().channel(CHANNEL).get(0).ts();
        Eventually.await("the thread link", WAIT, () -> store.byThread(CHANNEL, rootTs).isPresent());
        deployment = store.byThread(CHANNEL, rootTs).orElseThrow().id();
        awaitQuiet();
    }

    /** {@code @Preflight text} typed by {@code user} in the deployment's thread. */
    void mention(String user, String text) {
        HttpResponse<String> response = requests.event(Interactions.mention("Ev" + ids.incrementAndGet(), user, CHANNEL,
                rootTs, text), 0);
        assertThat(response.statusCode()).as("ack of the mention %s", text).isEqualTo(200);
    }

    /** {@code user} presses the button of {@code command} in {@code message}. */
    void press(String user, FakeMessage message, String command) {
        HttpResponse<String> response = requests.interaction(Interactions.pressCommand(user, message, command));
        assertThat(response.statusCode()).as("ack of the button %s", command).isEqualTo(200);
    }

    /** The thread's replies, oldest first. */
    List<FakeMessage> thread() {
        return slack.workspace().thread(CHANNEL, rootTs);
    }

    /** Waits for the thread's only message that matches {@code which}, as it shows once {@code until} holds. */
    FakeMessage awaitMessage(String what, Predicate<FakeMessage> which, Predicate<FakeMessage> until) {
        Eventually.await(what, WAIT, () -> thread().stream().filter(which).anyMatch(until));
        List<FakeMessage> matching = thread().stream().filter(which).toList();
        assertThat(matching).as("messages that are %s", what).hasSize(1);
        return matching.get(0);
    }

    /** The live message of step {@code n}, once it shows {@code text}. */
    FakeMessage awaitStep(int n, String text) {
        return awaitMessage("step " + n + "'s message showing " + text, m -> isStep(m, n),
                m -> m.visibleText().contains(text));
    }

    List<FakeMessage> stepMessages(int n) {
        return thread().stream().filter(m -> isStep(m, n)).toList();
    }

    /** A step's live message (a dry run's step is a plain answer: it never says it is running). */
    private static boolean isStep(FakeMessage m, int n) {
        return m.text().startsWith("*Step " + n + " of ") && !m.text().contains("Dry run");
    }

    <T extends DeploymentEvent> List<T> events(Class<T> type) {
        return store.events(deployment).stream().map(RecordedEvent::event).filter(type::isInstance).map(type::cast)
                .toList();
    }

    /** Waits until every letter is delivered or set aside. */
    void awaitQuiet() {
        SqliteOutbox outbox = new SqliteOutbox(db);
        Eventually.await("the outbox to empty", WAIT, () -> outbox.waiting() == 0);
    }

    @Override
    public void close() {
        rollbacks.close();
        server.close();
        db.close();
        slack.close();
    }
}
