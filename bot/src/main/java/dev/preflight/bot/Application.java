package dev.preflight.bot;

import dev.preflight.bot.config.Settings;
import dev.preflight.bot.reminder.ReminderScheduler;
import dev.preflight.bot.rollback.Rollbacks;
import dev.preflight.bot.template.ConfiguredTemplates;
import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.commands.reminder.ReminderCommands;
import dev.preflight.commands.reminder.ReminderPoster;
import dev.preflight.commands.reminder.ReminderRoutine;
import dev.preflight.commands.reminder.ReminderStore;
import dev.preflight.commands.rollback.RollbackFeature;
import dev.preflight.commands.rollback.RollbackListener;
import dev.preflight.commands.template.MaintenanceTask;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteReminderStore;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds Preflight by hand from its settings: the database, the stores, the templates, the command core and,
 * when the settings switch them on, the maintenance reminders. Every front end (console, Slack) starts from here;
 * a front end that can post reminders passes its {@link ReminderPoster} and calls {@link #startReminders()}.
 */
public final class Application implements AutoCloseable {

    private final Settings settings;
    private final Clock clock;
    private final SqliteDatabase database;
    private final SqliteDeploymentStore store;
    private final Preflight preflight;
    private final Optional<ReminderRoutine> reminders;
    private final RollbackFeature rollbacks;
    private ReminderScheduler scheduler;

    private Application(Settings settings, Clock clock, SqliteDatabase database, SqliteDeploymentStore store,
                        Preflight preflight, Optional<ReminderRoutine> reminders, RollbackFeature rollbacks) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.store = store;
        this.preflight = preflight;
        this.reminders = reminders;
        this.rollbacks = rollbacks;
    }

    /** Preflight for a front end that cannot post reminders: a reminder it is asked to post is left for another instance. */
    public static Application start(Settings settings, Clock clock) {
        return start(settings, clock, NoChat.INSTANCE);
    }

    /** Preflight whose reminders are posted with {@code poster}; running rollback steps show no live output. */
    public static Application start(Settings settings, Clock clock, ReminderPoster poster) {
        return start(settings, clock, poster, message -> { });
    }

    /**
     * Preflight whose reminders, when the settings switch them on, are posted with {@code poster}, and whose running
     * rollback steps and monitoring commands show their output through {@code rollbackOutput}.
     */
    public static Application start(Settings settings, Clock clock, ReminderPoster poster,
                                    RollbackListener rollbackOutput) {
        Objects.requireNonNull(rollbackOutput, "rollbackOutput");
        return start(settings, clock, poster, database -> rollbackOutput);
    }

    /**
     * As {@link #start(Settings, Clock, ReminderPoster, RollbackListener)}, for a front end whose rollback output
     * goes through the database (Slack's outbox): {@code rollbackOutput} is given the opened database.
     */
    public static Application start(Settings settings, Clock clock, ReminderPoster poster,
                                    Function<SqliteDatabase, RollbackListener> rollbackOutput) {
        Objects.requireNonNull(poster, "poster");
        Objects.requireNonNull(rollbackOutput, "rollbackOutput");
        ConfiguredTemplates templates = ConfiguredTemplates.load(settings);
        SqliteDatabase database = SqliteDatabase.open(settings.database());
        SqliteDeploymentStore store = new SqliteDeploymentStore(database, TemplateParser::parse);
        AccessPolicy access = new AccessPolicy(settings.roles(), settings.admins());
        Optional<ReminderRoutine> routine = Optional.empty();
        Optional<ReminderCommands> commands = Optional.empty();
        if (settings.remindersOn()) {
            ReminderStore reminderStore = new SqliteReminderStore(database);
            routine = Optional.of(new ReminderRoutine(settings.reminders(), maintenance(templates), reminderStore,
                    poster, clock, InstanceName.of()));
            commands = Optional.of(new ReminderCommands(settings.reminders(), reminderStore, routine.get(), poster, clock));
        }
        RollbackFeature rollbacks = Rollbacks.onThisHost(store, database, settings.rollback(), access,
                rollbackOutput.apply(database), clock);
        Preflight preflight = new Preflight(store, clock, templates, access, settings.zone(), commands,
                Optional.of(rollbacks));
        return new Application(settings, clock, database, store, preflight, routine, rollbacks);
    }

    /** The maintenance tasks of the default template, the one {@code start} uses without {@code --template}. */
    private static List<MaintenanceTask> maintenance(TemplateLibrary templates) {
        TemplateLibrary.Source source = templates.find(templates.defaultName())
                .orElseThrow(() -> new AssertionError("the default template " + templates.defaultName() + " was checked at load"));
        return TemplateParser.parse(source.markdown()).maintenance();
    }

    /**
     * Starts posting reminders as they fall due, and nudging late ones, until {@link #close()}: a pass at once,
     * then one every {@link ReminderScheduler#DEFAULT_INTERVAL}. False (and nothing started) when reminders are off.
     */
    public boolean startReminders() {
        return startReminders(ReminderScheduler.DEFAULT_INTERVAL);
    }

    synchronized boolean startReminders(Duration interval) {
        if (reminders.isEmpty() || scheduler != null) {
            return reminders.isPresent();
        }
        scheduler = new ReminderScheduler(reminders.get(), interval);
        scheduler.start();
        return true;
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public SqliteDatabase database() {
        return database;
    }

    public SqliteDeploymentStore store() {
        return store;
    }

    public Preflight preflight() {
        return preflight;
    }

    /**
     * Kills the rollback steps and monitoring commands still running and records how they ended, so that a front
     * end can still deliver their last messages before it stops. {@link #close()} does it too.
     */
    public void stopRollbacks() {
        rollbacks.close();
    }

    /**
     * Stops the reminder scheduler, waiting for a pass under way, kills rollback steps still running (recording how
     * they ended), then closes the database.
     */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.close();
            scheduler = null;
        }
        rollbacks.close();
        database.close();
    }
}
