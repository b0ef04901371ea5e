package dev.preflight.storage.deployment;

import dev.preflight.commands.deployment.DeploymentEvent.Ticked;
import dev.preflight.commands.deployment.DeploymentStore.Appended;
import dev.preflight.storage.sqlite.SqliteDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The process that {@link CrashDurabilityTest} kills: ticks items of one deployment in a loop and prints each
 * sequence number once its append has returned. Stops by itself after a while, should nobody kill it.
 * Arguments: the database file and the deployment id.
 */
public final class TickingProcess {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    private TickingProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long id = Long.parseLong(args[1]);
        Instant deadline = Instant.now().plus(GIVE_UP_AFTER);
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            SqliteDeploymentStore store = new SqliteDeploymentStore(db, new TinyTemplates());
            long sequence = store.load(id).orElseThrow().sequence();
            while (Instant.now().isBefore(deadline)) {
                Appended result = store.append(id, sequence, List.of(new Ticked((int) (sequence % 5) + 1)),
                        Instant.now(), "ticker", "tick-" + sequence);
                if (!(result instanceof Appended.Done done)) {
                    throw new IllegalStateException("append refused: " + result);
                }
                sequence = done.deployment().sequence();
                System.out.println(sequence);
                System.out.flush();
            }
        }
    }
}
