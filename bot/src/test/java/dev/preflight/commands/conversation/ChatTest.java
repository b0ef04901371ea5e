package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** A fresh channel on a fresh SQLite file for every test. */
abstract class ChatTest {

    @TempDir
    Path dir;

    Chat chat;

    @BeforeEach
    void openChat() {
        chat = new Chat(dir);
    }

    @AfterEach
    void closeChat() {
        chat.close();
    }

    /** The events of deployment {@code id} after the first {@code skip}, e.g. after its start. */
    List<DeploymentEvent> eventsAfter(long id, int skip) {
        List<RecordedEvent> all = chat.events(id);
        return all.subList(skip, all.size()).stream().map(RecordedEvent::event).toList();
    }
}
