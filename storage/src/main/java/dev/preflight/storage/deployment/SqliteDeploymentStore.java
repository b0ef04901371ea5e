package dev.preflight.storage.deployment;

import dev.preflight.commands.conversation.ChangeLetters;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.StoreException;
import dev.preflight.commands.template.Template;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.storage.sqlite.SqlWork;
import dev.preflight.storage.sqlite.SqliteDatabase;
import dev.preflight.storage.sqlite.SqliteOutbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The deployment event log in a {@link SqliteDatabase}. Each create or append is one transaction that checks
 * the request id and the expected sequence, writes the events, records the request id and updates the
 * {@code deployments} projection, and (once {@link #sendChanges} was called) the letters that show the change in
 * chat; the folded state is cached only after the commit returned. Several stores, in this process or others,
 * may share one database file.
 */
public final class SqliteDeploymentStore implements DeploymentStore {

    private final SqliteDatabase db;
    private final FoldedDeployments folded;
    private volatile Sender sender;

    public SqliteDeploymentStore(SqliteDatabase db) {
        this(db, TemplateParser::parse);
    }

    /** {@code templateParser} turns a {@link DeploymentEvent.Started}'s template source into a template. */
    public SqliteDeploymentStore(SqliteDatabase db, Function<String, Template> templateParser) {
        this.db = Objects.requireNonNull(db, "db");
        this.folded = new FoldedDeployments(Objects.requireNonNull(templateParser, "templateParser"));
    }

    /**
     * From now on, every change appended is written together with the letters {@code letters} makes of it, into
     * the outbox of this store's database (enqueued at {@code outboxClock}'s time), in the change's transaction.
     * A change whose letters cannot be made or written is not recorded.
     */
    public void sendChanges(ChangeLetters letters, Clock outboxClock) {
        sender = new Sender(Objects.requireNonNull(letters, "letters"), new SqliteOutbox(db),
                Objects.requireNonNull(outboxClock, "outboxClock"));
    }

    @Override
    public Appended create(DeploymentEvent.Started started, Instant at, String actor, String requestId) {
        Objects.requireNonNull(started, "started");
        checkOrigin(at, actor, requestId);
        return remembered(writeOnce(c -> {
            Optional<Long> seen = RequestRows.deploymentOf(c, requestId);
            if (seen.isPresent()) {
                return new Appended.Duplicate(seen.get());
            }
            long id = DeploymentRows.nextId(c);
            RecordedEvent first = new RecordedEvent(id, 1, at, actor, requestId, started);
            Deployment d = folded.start(first);
            DeploymentRows.insert(c, d);
            EventRows.insert(c, List.of(first));
            RequestRows.insert(c, requestId, id);
            return new Appended.Done(d);
        }));
    }

    @Override
    public Appended append(long deploymentId, long expectedSequence, List<DeploymentEvent> events, Instant at,
                           String actor, String requestId) {
        List<DeploymentEvent> appended = List.copyOf(events);
        if (appended.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        checkOrigin(at, actor, requestId);
        return remembered(writeOnce(c -> {
            Optional<Long> seen = RequestRows.deploymentOf(c, requestId);
            if (seen.isPresent()) {
                return new Appended.Duplicate(seen.get());
            }
            Deployment current = folded.current(c, deploymentId).orElseThrow(
                    () -> new IllegalArgumentException("there is no deployment " + deploymentId));
            if (current.sequence() != expectedSequence) {
                return new Appended.Conflict(current);
            }
            List<RecordedEvent> recorded = new ArrayList<>();
            Deployment next = current;
            for (DeploymentEvent event : appended) {
                RecordedEvent e = new RecordedEvent(deploymentId, next.sequence() + 1, at, actor, requestId, event);
                next = next.apply(e);
                recorded.add(e);
            }
            EventRows.insert(c, recorded);
            RequestRows.insert(c, requestId, deploymentId);
            DeploymentRows.update(c, next);
            Sender send = sender;
            if (send != null) {
                send.outbox.enqueue(c, send.letters.of(next, List.copyOf(recorded)), send.clock.instant());
            }
            return new Appended.Done(next);
        }));
    }

    @Override
    public Optional<Deployment> load(long deploymentId) {
        Optional<Deployment> d = db.read(c -> folded.current(c, deploymentId));
        d.ifPresent(folded::remember);
        return d;
    }

    @Override
    public boolean recorded(String requestId) {
        return db.read(c -> RequestRows.deploymentOf(c, requestId)).isPresent();
    }

    @Override
    public List<RecordedEvent> events(long deploymentId) {
        return db.read(c -> EventRows.after(c, deploymentId, 0));
    }

    @Override
    public List<Deployment> active(String channel) {
        return loadAll(c -> DeploymentRows.active(c, channel));
    }

    @Override
    public Optional<Deployment> byThread(String channel, String threadRef) {
        return loadAll(c -> DeploymentRows.byThread(c, channel, threadRef)).stream().findFirst();
    }

    private List<Deployment> loadAll(SqlWork<List<Long>> ids) {
        List<Deployment> found = db.read(c -> {
            List<Deployment> ds = new ArrayList<>();
            for (long id : ids.run(c)) {
                ds.add(folded.current(c, id).orElseThrow(
                        () -> new StoreException("deployment " + id + " has no events", null)));
            }
            return ds;
        });
        found.forEach(folded::remember);
        return found;
    }

    /**
     * Runs {@code work} once more when the database refused it for a uniqueness constraint: another writer
     * got in between (possible only where writers are not serialized), and the second run sees its rows and
     * answers Duplicate or Conflict.
     */
    private Appended writeOnce(SqlWork<Appended> work) {
        try {
            return db.write(work);
        } catch (StoreException e) {
            if (!Constraints.violated(e)) {
                throw e;
            }
            return db.write(work);
        }
    }

    private Appended remembered(Appended result) {
        if (result instanceof Appended.Done done) {
            folded.remember(done.deployment());
        } else if (result instanceof Appended.Conflict conflict) {
            folded.remember(conflict.latest());
        }
        return result;
    }

    private static void checkOrigin(Instant at, String actor, String requestId) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** Where the letters of each change go. */
    private record Sender(ChangeLetters letters, SqliteOutbox outbox, Clock clock) {
    }
}
