package dev.preflight.bot.slack;

import com.google.gson.JsonObject;
import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.bot.slack.fake.Eventually;
import dev.preflight.bot.slack.fake.FakeMessage;
import dev.preflight.bot.slack.fake.FakeSlack;
import dev.preflight.bot.slack.fake.Interactions;
import dev.preflight.bot.slack.fake.SlackRequests;
import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteOutbox;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot as it runs, against the fake Slack: a real SQLite file, the real core, the real server on a free
 * port, delivery settings that make retries take milliseconds rather than seconds.
 */
final class SlackFixture implements AutoCloseable {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TOKEN = "xoxb-1234-5678-preflighttest";
    static final String CHANNEL = "CDEPLOYS";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final SlackSettings.Delivery FAST = new SlackSettings.Delivery(Duration.ZERO, 4, Duration.ofMillis(50),
            Duration.ofMillis(200), Duration.ofMillis(1_500), Duration.ofMillis(2_000));

    final FakeSlack slack;
    final Path database;
    final AccessPolicy access;
    private final AtomicInteger triggers = new AtomicInteger();
    private SqliteDatabase db;
    SqliteDeploymentStore store;
    private SlackServer server;
    SlackRequests requests;

    private SlackFixture(Path dir, AccessPolicy access) {
        this.slack = FakeSlack.start(TOKEN);
        this.database = dir.resolve("preflight.db");
        this.access = access;
        open();
    }

    static SlackFixture start(Path dir) {
        return new SlackFixture(dir, new AccessPolicy(Map.of("dev-lead", Set.of("UDEVLEAD")), Set.of()));
    }

    SlackSettings settings() {
        return new SlackSettings(TOKEN, SECRET, slack.apiUrl(), 0, FAST);
    }

    /** Stops the bot (not the fake Slack), runs {@code whileStopped}, and starts it again on the same database. */
    void restart(Runnable whileStopped) {
        server.close();
        db.close();
        whileStopped.run();
        open();
    }

    private void open() {
        db = SqliteDatabase.open(database);
        store = new SqliteDeploymentStore(db);
        Clock clock = Clock.systemUTC();
        ZoneId zone = ZoneId.of("Europe/Paris");
        Preflight core = new Preflight(store, clock, new Library(), access, zone);
        server = SlackServer.start(settings(), core, db, store, clock, zone);
        requests = new SlackRequests(server.port(), SECRET, clock);
    }

    int port() {
        return server.port();
    }

    SqliteDatabase db() {
        return db;
    }

    HttpResponse<String> slash(String user, String text) {
        HttpResponse<String> response = requests.command(user, CHANNEL, text, "trigger-" + triggers.incrementAndGet(),
                slack.responseUrl());
        assertThat(response.statusCode()).as("ack of /deploy %s", text).isEqualTo(200);
        return response;
    }

    /** {@code /deploy start name}, then waits for the root and its whole thread to be posted. */
    Started startDeployment(String user, String name) {
        int before = slack.workspace().channel(CHANNEL).size();
        slash(user, "start " + name);
        Eventually.await("the root message", WAIT, () -> slack.workspace().channel(CHANNEL).size() > before);
        FakeMessage root = slack.workspace().channel(CHANNEL).get(before);
        Deployment d = awaitDeployment(root.ts());
        int expected = new DeploymentMessages(new TimeFormat(ZoneId.of("UTC"), Clock.systemUTC())).thread(d).size();
        Eventually.await("the whole checklist in the thread", WAIT,
                () -> slack.workspace().thread(CHANNEL, root.ts()).size() == expected);
        return new Started(d.id(), root.ts());
    }

    /** The deployment linked to the thread of {@code rootTs}, once the link is recorded. */
    Deployment awaitDeployment(String rootTs) {
        Eventually.await("the thread link", WAIT, () -> store.byThread(CHANNEL, rootTs).isPresent());
        return store.byThread(CHANNEL, rootTs).orElseThrow();
    }

    Deployment deployment(long id) {
        return store.load(id).orElseThrow();
    }

    /** The thread message whose checkboxes hold {@code item}. */
    FakeMessage sectionWith(Started started, int item) {
        return slack.workspace().thread(CHANNEL, started.rootTs()).stream()
                .filter(m -> Interactions.checkboxBlock(m, item).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no message holds item " + item));
    }

    /** The thread's sign-off message (answers posted in the thread come after it). */
    FakeMessage signOffMessage(Started started) {
        return slack.workspace().thread(CHANNEL, started.rootTs()).stream()
                .filter(m -> m.text().startsWith("Sign-off")).findFirst()
                .orElseThrow(() -> new AssertionError("no sign-off message"));
    }

    FakeMessage root(Started started) {
        return slack.workspace().channel(CHANNEL).stream().filter(m -> m.ts().equals(started.rootTs()))
                .findFirst().orElseThrow();
    }

    HttpResponse<String> click(JsonObject payload) {
        HttpResponse<String> response = requests.interaction(payload);
        assertThat(response.statusCode()).as("ack of a click").isEqualTo(200);
        return response;
    }

    /** Waits until every letter is delivered or set aside. */
    void awaitQuiet() {
        SqliteOutbox outbox = new SqliteOutbox(db);
        Eventually.await("the outbox to empty", WAIT, () -> outbox.waiting() == 0);
    }

    @Override
    public void close() {
        server.close();
        db.close();
        slack.close();
    }

    record Started(long id, String rootTs) {
    }

    /** The bundled template, as the only one. */
    private static final class Library implements TemplateLibrary {
        @Override
        public String defaultName() {
            return BundledTemplate.NAME;
        }

        @Override
        public Optional<Source> find(String name) {
            return name.equals(BundledTemplate.NAME)
                    ? Optional.of(new Source(BundledTemplate.NAME, BundledTemplate.source())) : Optional.empty();
        }

        @Override
        public List<String> names() {
            return List.of(BundledTemplate.NAME);
        }
    }
}
