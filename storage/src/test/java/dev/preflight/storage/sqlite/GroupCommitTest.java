package dev.preflight.storage.sqlite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Writes that arrive together")
class GroupCommitTest {

    @TempDir
    Path dir;

    private SqliteDatabase db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private SqliteDatabase open() {
        db = SqliteDatabase.open(dir.resolve("group.db"));
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, writer INTEGER NOT NULL, n INTEGER NOT NULL)");
            }
            return null;
        });
        return db;
    }

    private static Void insert(java.sql.Connection c, int writer, int n) throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO notes (writer, n) VALUES (?, ?)")) {
            p.setInt(1, writer);
            p.setInt(2, n);
            p.executeUpdate();
        }
        return null;
    }

    private List<String> notes(SqliteDatabase database) {
        return database.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT writer, n FROM notes ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getInt(1) + "/" + rs.getInt(2));
                }
            }
            return out;
        });
    }

    @Test
    @DisplayName("are all on disk when their writers return, in each writer's order")
    void everyAcknowledgedWriteIsKept() throws Exception {
        SqliteDatabase database = open();
        int writers = 16;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                go.await();
                for (int n = 0; n < each; n++) {
                    int value = n;
                    database.write(c -> insert(c, writer, value));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        database.close();

        List<String> kept = notes(SqliteDatabase.open(dir.resolve("group.db")));
        assertThat(kept).hasSize(writers * each);
        for (int w = 0; w < writers; w++) {
            String prefix = w + "/";
            assertThat(kept.stream().filter(k -> k.startsWith(prefix)).map(k -> Integer.parseInt(k.substring(prefix.length()))))
                    .as("writer %d's rows in the order it wrote them", w).isSorted().hasSize(each);
        }
    }

    @Test
    @DisplayName("fail one by one: a failing write is undone alone and the others are kept")
    void aFailingWriteIsUndoneAlone() throws Exception {
        SqliteDatabase database = open();
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> refused = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                go.await();
                try {
                    database.write(c -> {
                        insert(c, writer, 1);
                        if (writer % 3 == 0) {
                            throw new IllegalStateException("writer " + writer + " changes its mind");
                        }
                        return insert(c, writer, 2);
                    });
                } catch (IllegalStateException e) {
                    refused.add(writer);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(refused).containsExactlyInAnyOrder(0, 3, 6, 9);
        List<String> kept = notes(database);
        assertThat(kept).hasSize((writers - 4) * 2);
        assertThat(kept).noneMatch(k -> k.startsWith("0/") || k.startsWith("3/") || k.startsWith("6/") || k.startsWith("9/"));
    }
}
