package dev.preflight.bot;

import dev.preflight.bot.config.Settings;
import dev.preflight.bot.template.ConfiguredTemplates;
import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;

import java.time.Clock;

/**
 * Builds Preflight by hand from its settings: the database, the store, the templates and the command core.
 * Every front end (console, Slack) starts from here.
 */
public final class Application implements AutoCloseable {

    private final Settings settings;
    private final Clock clock;
    private final SqliteDatabase database;
    private final DeploymentStore store;
    private final Preflight preflight;

    private Application(Settings settings, Clock clock, SqliteDatabase database, DeploymentStore store,
                        Preflight preflight) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.store = store;
        this.preflight = preflight;
    }

    public static Application start(Settings settings, Clock clock) {
        ConfiguredTemplates templates = ConfiguredTemplates.load(settings);
        SqliteDatabase database = SqliteDatabase.open(settings.database());
        DeploymentStore store = new SqliteDeploymentStore(database, TemplateParser::parse);
        AccessPolicy access = new AccessPolicy(settings.roles(), settings.admins());
        Preflight preflight = new Preflight(store, clock, templates, access, settings.zone());
        return new Application(settings, clock, database, store, preflight);
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

    public DeploymentStore store() {
        return store;
    }

    public Preflight preflight() {
        return preflight;
    }

    @Override
    public void close() {
        database.close();
    }
}
