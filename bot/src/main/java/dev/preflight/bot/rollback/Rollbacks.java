package dev.preflight.bot.rollback;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.rollback.RollbackFeature;
import dev.preflight.commands.rollback.RollbackListener;
import dev.preflight.commands.rollback.RollbackSettings;
import dev.preflight.storage.rollback.SqliteStepOutputStore;
import dev.preflight.storage.sqlite.SqliteDatabase;

import java.time.Clock;
import java.util.Optional;

/** Builds the rollback feature as the bot runs it: steps as processes on this host, output in the database. */
public final class Rollbacks {

    private Rollbacks() {
    }

    /**
     * Pass the result to {@code new Preflight(..., reminders, Optional.of(feature))} and close it before the
     * database.
     *
     * @param listener where running steps show their progress (the chat adapter's, or a
     *                 {@link PrintingRollbackListener} for the console)
     */
    public static RollbackFeature onThisHost(DeploymentStore store, SqliteDatabase database, RollbackSettings settings,
                                             AccessPolicy access, RollbackListener listener, Clock clock) {
        return new RollbackFeature(store, new SqliteStepOutputStore(database), LocalProcessRunner.from(settings),
                listener, settings, access, name -> Optional.ofNullable(System.getenv(name)), clock);
    }
}
