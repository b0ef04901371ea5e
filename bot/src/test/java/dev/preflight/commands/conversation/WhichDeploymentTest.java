package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WhichDeploymentTest extends ChatTest {

    @Test
    @DisplayName("in a deployment's thread, a command acts on that deployment even when others are active")
    void theThreadsDeployment() {
        chat.start("Release 2.4");
        Deployment second = chat.start("Hotfix 7");

        chat.typeIn(Chat.thread(second.id()), "U_BOB", "tick 1");

        assertThat(chat.reload(second.id()).items()).containsOnlyKeys(1);
        assertThat(chat.reload(1).items()).isEmpty();
    }

    @Test
    void outsideAThreadTheOnlyActiveDeployment() {
        Deployment d = chat.start("Release 2.4");

        chat.type("U_BOB", "tick 1");

        assertThat(chat.reload(d.id()).items()).containsOnlyKeys(1);
    }

    @Test
    @DisplayName("with several active and no #id, the answer lists them and shows how to name one")
    void severalActiveNeedAnId() {
        chat.start("Release 2.4");
        chat.start("Hotfix 7");

        assertThat(Replies.mistake(chat.type("U_BOB", "tick 1"))).isEqualTo("2 deployments are active here"
                + " (#1 Release 2.4, #2 Hotfix 7); put the id before the command, e.g. #1 tick 1");
        assertThat(chat.reload(1).items()).isEmpty();
        assertThat(chat.reload(2).items()).isEmpty();
    }

    @Test
    void anIdBeforeOrAfterTheVerb() {
        chat.start("Release 2.4");
        chat.start("Hotfix 7");

        chat.type("U_BOB", "#2 tick 1");
        chat.type("U_BOB", "tick #2 2");

        assertThat(chat.reload(2).items()).containsOnlyKeys(1, 2);
        assertThat(chat.reload(1).items()).isEmpty();
    }

    @Test
    void anUnknownIdListsTheActiveOnes() {
        chat.start("Release 2.4");

        assertThat(Replies.mistake(chat.type("U_BOB", "#99 tick 1")))
                .isEqualTo("There is no deployment #99 in this channel. Active here: #1 Release 2.4.");
    }

    @Test
    @DisplayName("a deployment of another channel is not reachable by its id")
    void anotherChannelsDeployment() {
        chat.start("Release 2.4");

        String answer = Replies.mistake(chat.preflight.handle(
                new Invocation("U_BOB", "C2", Optional.empty(), "other-1", "#1 tick 1")));

        assertThat(answer).isEqualTo("There is no deployment #1 in this channel. None is active here; start one with start <name>.");
        assertThat(chat.reload(1).items()).isEmpty();
    }

    @Test
    void noActiveDeployment() {
        assertThat(Replies.mistake(chat.type("U_BOB", "status"))).isEqualTo("No deployment is active in this channel:"
                + " start one with start <name>, or name a finished one by its id, e.g. #12 status.");
    }

    @Test
    void aFinishedDeploymentIsStillReadableByItsId() {
        chat.start("Release 2.4");
        chat.type("U_ANN", "cancel postponed");

        assertThat(Replies.said(chat.type("U_ANN", "#1 status")))
                .startsWith("#1 Release 2.4 · production — cancelled by <@U_ANN> at 10:00: postponed");
    }

    @Test
    void startTakesNoId() {
        chat.start("Release 2.4");

        assertThat(Replies.mistake(chat.type("U_BOB", "#1 start Hotfix")))
                .isEqualTo("start opens a new deployment, so it takes no #id: start Hotfix");
    }
}
