package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A platform may deliver one request twice; the second delivery changes nothing and is not answered as an error. */
class ReplayTest extends ChatTest {

    @Test
    @DisplayName("the same request id twice records one event; the replay is told it was already recorded")
    void replayedTick() {
        Deployment d = chat.start("Release 2.4");
        chat.typeWithRequest("slack-1", "U_BOB", "tick 5");
        chat.type("U_ANN", "untick 5");

        List<Reply> replay = chat.typeWithRequest("slack-1", "U_BOB", "tick 5");

        assertThat(chat.events(d.id()).stream().filter(e -> e.event().equals(new DeploymentEvent.Ticked(5))))
                .hasSize(1);
        assertThat(Replies.whisper(replay)).isEqualTo("Already recorded; nothing changed."
                + " #1 Release 2.4 · production: 0/181 · required left 169 · sign-offs 0/4");
    }

    @Test
    void replayedStartOpensOneDeployment() {
        chat.typeWithRequest("slack-9", "U_ANN", "start Release 2.4");

        List<Reply> replay = chat.typeWithRequest("slack-9", "U_ANN", "start Release 2.4");

        assertThat(chat.store.active(Chat.CHANNEL)).hasSize(1);
        assertThat(Replies.whisper(replay)).startsWith("Already recorded; nothing changed. #1 Release 2.4");
    }

    @Test
    void aReplayRightAfterTheFirstIsToldItWasRecordedNotRefused() {
        Deployment d = chat.start("Release 2.4");
        chat.typeWithRequest("slack-1", "U_BOB", "tick 5");

        List<Reply> replay = chat.typeWithRequest("slack-1", "U_BOB", "tick 5");

        assertThat(replay).singleElement().isInstanceOf(Reply.Replayed.class);
        assertThat(Replies.whisper(replay)).startsWith("Already recorded; nothing changed. #1 Release 2.4");
        assertThat(chat.events(d.id())).hasSize(3);
    }

    @Test
    void anotherRequestForTheSameTickIsToldWhoWasFirst() {
        chat.start("Release 2.4");
        chat.typeWithRequest("slack-1", "U_BOB", "tick 5");

        List<Reply> again = chat.typeWithRequest("slack-3", "U_ANN", "tick 5");

        assertThat(again).singleElement().isInstanceOf(Reply.Whisper.class);
        assertThat(Replies.whisper(again)).isEqualTo("Nothing changed: 5 was already ticked by <@U_BOB> at 10:00.");
    }

    @Test
    void aReplayedCancellationIsToldItWasRecorded() {
        chat.start("Release 2.4");
        chat.typeWithRequest("slack-5", "U_ANN", "cancel postponed");

        List<Reply> replay = chat.typeWithRequest("slack-5", "U_ANN", "cancel postponed");

        assertThat(replay).singleElement().isInstanceOf(Reply.Replayed.class);
    }

    @Test
    @DisplayName("two deliveries of one request at the same moment record one event")
    void simultaneousReplay(@org.junit.jupiter.api.io.TempDir Path other) throws Exception {
        MeetingStore meeting = new MeetingStore(2);
        try (Chat racing = new Chat(other, meeting::in)) {
            Deployment d = racing.start("Release 2.4");
            meeting.arm();

            CompletableFuture<List<Reply>> first = CompletableFuture.supplyAsync(
                    () -> racing.typeWithRequest("slack-2", "U_BOB", "tick 5"));
            CompletableFuture<List<Reply>> second = CompletableFuture.supplyAsync(
                    () -> racing.typeWithRequest("slack-2", "U_BOB", "tick 5"));
            List<List<Reply>> answers = List.of(first.get(), second.get());

            assertThat(racing.events(d.id()).stream().filter(e -> e.event().equals(new DeploymentEvent.Ticked(5))))
                    .hasSize(1);
            assertThat(meeting.duplicates()).isEqualTo(1);
            assertThat(answers).anySatisfy(a -> assertThat(Replies.whisper(a)).startsWith("Already recorded"));
            assertThat(answers).anySatisfy(a -> assertThat(Replies.said(a)).startsWith("<@U_BOB> ticked 5"));
        }
    }
}
