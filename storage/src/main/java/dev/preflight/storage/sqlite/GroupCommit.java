package dev.preflight.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Writes that arrive together share one transaction and one sync to disk. Each caller queues its work; whoever
 * holds the writer next runs everything queued, in arrival order, each work inside its own savepoint, and commits
 * once. A work that fails is rolled back to its savepoint alone and its caller gets its exception; the others
 * commit. No caller returns before the commit that holds its work, so what a caller was told is on disk.
 */
final class GroupCommit {

    /** Enough to share a sync between everyone waiting on a busy bot, few enough to keep a commit short. */
    private static final int MOST_PER_TRANSACTION = 256;

    private final Queue<Pending<?>> queue = new ConcurrentLinkedQueue<>();

    /** Queues {@code work}; the caller then takes the writer and calls {@link #runQueued} unless it is done. */
    <T> Pending<T> enqueue(SqlWork<T> work) {
        Pending<T> pending = new Pending<>(work);
        queue.add(pending);
        return pending;
    }

    /**
     * Runs the queued works in transactions of at most {@link #MOST_PER_TRANSACTION}, beginning each with
     * {@code begin}, until {@code mine} is done. Exceptions are translated by {@code wrap}.
     */
    void runQueued(Connection c, String begin, Pending<?> mine, Function<Exception, RuntimeException> wrap) {
        while (!mine.done) {
            List<Pending<?>> batch = new ArrayList<>();
            Pending<?> next;
            while (batch.size() < MOST_PER_TRANSACTION && (next = queue.poll()) != null) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                throw new AssertionError("a queued write is neither done nor in the queue");
            }
            runBatch(c, begin, batch, wrap);
        }
    }

    /** Fails every queued work with {@code failure}, e.g. when the database is closed. */
    void failQueued(RuntimeException failure) {
        Pending<?> next;
        while ((next = queue.poll()) != null) {
            next.fail(failure);
        }
    }

    private static void runBatch(Connection c, String begin, List<Pending<?>> batch,
                                 Function<Exception, RuntimeException> wrap) {
        try {
            execute(c, begin);
        } catch (SQLException e) {
            batch.forEach(p -> p.fail(wrap.apply(e)));
            return;
        }
        List<Pending<?>> ran = new ArrayList<>();
        for (Pending<?> p : batch) {
            if (p.runInSavepoint(c, wrap)) {
                ran.add(p);
            }
        }
        try {
            execute(c, "COMMIT");
            ran.forEach(Pending::succeed);
        } catch (SQLException e) {
            try {
                execute(c, "ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            RuntimeException failure = wrap.apply(e);
            ran.forEach(p -> p.fail(failure));
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** One caller's work and, once its transaction has ended, its result or its failure. */
    static final class Pending<T> {
        private final SqlWork<T> work;
        private T result;
        private RuntimeException failure;
        private volatile boolean done;

        private Pending(SqlWork<T> work) {
            this.work = work;
        }

        boolean isDone() {
            return done;
        }

        /** The work's result; its failure is thrown. Only once {@link #isDone()}. */
        T result() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }

        /** True when the work ran to its end; false when it failed and was rolled back to its savepoint. */
        private boolean runInSavepoint(Connection c, Function<Exception, RuntimeException> wrap) {
            try {
                execute(c, "SAVEPOINT work");
            } catch (SQLException e) {
                fail(wrap.apply(e));
                return false;
            }
            try {
                result = work.run(c);
                execute(c, "RELEASE work");
                return true;
            } catch (SQLException | RuntimeException e) {
                try {
                    execute(c, "ROLLBACK TO work");
                    execute(c, "RELEASE work");
                } catch (SQLException undo) {
                    e.addSuppressed(undo);
                }
                fail(wrap.apply(e));
                return false;
            }
        }

        private void succeed() {
            done = true;
        }

        private void fail(RuntimeException e) {
            result = null;
            failure = e;
            done = true;
        }
    }
}
