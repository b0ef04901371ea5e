package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(60)
class ConcurrencyTest {

    @TempDir
    Path dir;

    private Chat chat;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        chat.close();
    }

    @Test
    @DisplayName("two people ticking the same item at the same moment: one tick is recorded, the other is told who was first")
    void sameItemAtOnce() throws Exception {
        MeetingStore meeting = new MeetingStore(2);
        chat = new Chat(dir, store -> meeting.in(store));
        Deployment d = chat.start("Release 2.4");
        meeting.arm();

        Future<List<Reply>> bob = pool.submit(() -> chat.type("U_BOB", "tick 5"));
        Future<List<Reply>> ann = pool.submit(() -> chat.type("U_ANN", "tick 5"));
        List<List<Reply>> answers = List.of(bob.get(), ann.get());

        List<RecordedEvent> ticks = chat.events(d.id()).stream()
                .filter(e -> e.event().equals(new DeploymentEvent.Ticked(5))).toList();
        assertThat(ticks).hasSize(1);
        String winner = ticks.get(0).actor();
        List<Reply> loser = answers.get(winner.equals("U_BOB") ? 1 : 0);
        assertThat(Replies.mistake(loser))
                .isEqualTo("Nothing changed: 5 was already ticked by <@" + winner + "> at 10:00.");
        assertThat(meeting.conflicts()).as("both decided on the same state").isEqualTo(1);
    }

    @Test
    @DisplayName("people ticking different items at the same moment all get their tick recorded")
    void differentItemsAtOnce() throws Exception {
        chat = new Chat(dir);
        Deployment d = chat.start("Release 2.4");

        List<Future<List<Reply>>> answers = new ArrayList<>();
        for (int item = 1; item <= 8; item++) {
            String text = "tick " + item;
            String user = "U_" + item;
            answers.add(pool.submit(() -> chat.type(user, text)));
        }
        for (Future<List<Reply>> answer : answers) {
            assertThat(Replies.said(answer.get())).contains(" ticked ");
        }

        assertThat(chat.reload(d.id()).items()).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7, 8);
    }
}
