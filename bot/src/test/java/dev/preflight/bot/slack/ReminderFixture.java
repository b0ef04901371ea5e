package dev.preflight.bot.slack;

import dev.preflight.bot.TestClock;
import dev.preflight.bot.config.Settings;
import dev.preflight.bot.slack.fake.Eventually;
import dev.preflight.bot.slack.fake.FakeMessage;
import dev.preflight.bot.slack.fake.FakeSlack;
import dev.preflight.bot.slack.fake.SlackRequests;
import dev.preflight.bot.template.ConfiguredTemplates;
import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderCommands;
import dev.preflight.commands.reminder.ReminderPostException;
import dev.preflight.commands.reminder.ReminderPoster;
import dev.preflight.commands.reminder.ReminderRoutine;
import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.commands.template.Cadence;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteOutbox;
import dev.preflight.storage.sqlite.SqliteReminderStore;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.preflight.bot.TestClock.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maintenance reminders wired as {@code preflight serve} wires them, against the fake Slack: the bundled
 * template's tasks, every cadence in channel {@link #OPS} (daily escalating to {@code devops-sysadmin}, held by
 * {@link #OPS_LEAD}), the routine on a clock the test sets and runs by hand, the Slack server on real time.
 */
final class ReminderFixture implements AutoCloseable {

    static final String OPS = "COPS";
    static final String OPS_LEAD = "UOPSLEAD";
    static final ReminderSettings SETTINGS = ReminderSettings.defaults(OPS, BERLIN)
            .with(ReminderSchedule.defaults(Cadence.DAILY, OPS, BERLIN).withEscalationRole("devops-sysadmin"));
    static final Map<String, Set<String>> ROLES = Map.of("devops-sysadmin", Set.of(OPS_LEAD));

    final FakeSlack slack = FakeSlack.start(SlackFixture.TOKEN);
    final TestClock clock;
    final SqliteDatabase db;
    final SqliteReminderStore reminders;
    private final AtomicBoolean stopAfterNextPost = new AtomicBoolean();
    private final ReminderRoutine routine;
    private final SlackServer server;
    final SlackRequests requests;

    ReminderFixture(Path dir, String berlinNow) {
        clock = TestClock.berlin(berlinNow);
        db = SqliteDatabase.open(dir.resolve("preflight.db"));
        reminders = new SqliteReminderStore(db);
        SqliteDeploymentStore deployments = new SqliteDeploymentStore(db);
        SlackReminderPoster poster = new SlackReminderPoster(SETTINGS, ROLES);
        routine = new ReminderRoutine(SETTINGS, TemplateParser.parse(BundledTemplate.source()).maintenance(),
                reminders, new StopsAfterPosting(poster), clock, "test-instance");
        ReminderCommands commands = new ReminderCommands(SETTINGS, reminders, routine, poster, clock);
        Preflight core = new Preflight(deployments, clock, ConfiguredTemplates.load(Settings.defaults()),
                new AccessPolicy(ROLES, Set.of()), BERLIN, Optional.of(commands));
        server = SlackServer.start(new SlackSettings(SlackFixture.TOKEN, SlackFixture.SECRET, slack.apiUrl(), 0,
                SlackFixture.FAST), core, db, deployments, Clock.systemUTC(), BERLIN, poster);
        requests = new SlackRequests(server.port(), SlackFixture.SECRET, Clock.systemUTC());
    }

    /** One pass of the reminder routine at the clock's time. */
    ReminderRoutine.Pass run() {
        return routine.run();
    }

    /** The next post reaches the outbox, and then the bot "stops" before the reference is recorded. */
    void stopAfterNextPost() {
        stopAfterNextPost.set(true);
    }

    /** The top-level message in {@link #OPS} whose text starts with {@code title}, once it is there. */
    FakeMessage message(String title) {
        Eventually.await(title, SlackFixture.WAIT, () -> find(title).isPresent());
        return find(title).orElseThrow();
    }

    private Optional<FakeMessage> find(String title) {
        return slack.workspace().channel(OPS).stream().filter(m -> m.text().startsWith(title)).findFirst();
    }

    Reminder reminder(long id) {
        return reminders.find(id).orElseThrow();
    }

    void click(com.google.gson.JsonObject payload) {
        HttpResponse<String> response = requests.interaction(payload);
        assertThat(response.statusCode()).as("ack of a click").isEqualTo(200);
    }

    /** Waits until every letter is delivered or set aside. */
    void awaitQuiet() {
        SqliteOutbox outbox = new SqliteOutbox(db);
        Eventually.await("the outbox to empty", SlackFixture.WAIT, () -> outbox.waiting() == 0);
    }

    @Override
    public void close() {
        server.close();
        db.close();
        slack.close();
    }

    /** The poster as the routine sees it: once armed, a post reaches Slack's poster and then fails. */
    private final class StopsAfterPosting implements ReminderPoster {
        private final ReminderPoster poster;

        StopsAfterPosting(ReminderPoster poster) {
            this.poster = poster;
        }

        @Override
        public String post(Reminder reminder) {
            String ref = poster.post(reminder);
            if (stopAfterNextPost.getAndSet(false)) {
                throw new ReminderPostException("stopped before the reference was recorded");
            }
            return ref;
        }

        @Override
        public void update(Reminder reminder) {
            poster.update(reminder);
        }

        @Override
        public void nudge(Reminder reminder, Nudge nudge) {
            poster.nudge(reminder, nudge);
        }
    }
}
