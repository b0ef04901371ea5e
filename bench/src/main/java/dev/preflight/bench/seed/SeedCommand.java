package dev.preflight.bench.seed;

import dev.preflight.storage.sqlite.SqliteDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Fills a new database file, in the store's own schema (migrated by the store), with {@code --active} active
 * deployments of the bundled checklist (see {@link Fleet} for where they are) and completed ones, until the
 * log holds {@code --events} events. Rows are inserted in large batches with {@code synchronous=OFF}: this
 * prepares a benchmark, it is not one.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Create a database with N active deployments and a million events, fast.")
public final class SeedCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, description = "The database file to create (must not exist).")
    Path db;

    @Option(names = "--active", defaultValue = "1000", description = "Active deployments.")
    int active;

    @Option(names = "--per-channel", defaultValue = "10", description = "Active deployments per channel.")
    int perChannel;

    @Option(names = "--events", defaultValue = "1000000", description = "Events in the whole log.")
    long events;

    @Option(names = "--events-per-active", defaultValue = "40",
            description = "Ticks and unticks already in each active deployment's log.")
    int eventsPerActive;

    @Option(names = "--items", defaultValue = "181", description = "Items in the checklist.")
    int items;

    @Override
    public Integer call() throws IOException, SQLException {
        if (Files.exists(db)) {
            System.err.println(db + " exists; seeding wants a new file.");
            return 2;
        }
        SqliteDatabase.open(db).close();
        long start = System.nanoTime();
        BundledThread thread = BundledThread.render();
        try (SeedWriter writer = SeedWriter.open(db, BundledThread.templateSource())) {
            Fleet fleet = new Fleet(active, perChannel);
            for (long id = 1; id <= active; id++) {
                writer.active(id, fleet.channelOf(id), fleet.threadOf(id), eventsPerActive, items);
                writer.messages(id, fleet.channelOf(id), fleet.threadOf(id), thread.messageKeys(id));
            }
            long id = active;
            while (writer.events() < events) {
                writer.completed(++id, items);
            }
            writer.finish();
            System.out.printf(Locale.ROOT, "seeded %s: %d active and %d completed deployments, %d events, in %.1f s%n",
                    db, active, id - active, writer.events(), (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
