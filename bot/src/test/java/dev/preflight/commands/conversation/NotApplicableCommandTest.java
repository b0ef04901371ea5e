package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.SectionView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotApplicableCommandTest extends ChatTest {

    private Deployment d;
    private int startEvents;

    @BeforeEach
    void startDeployment() {
        d = chat.start("Release 2.4");
        startEvents = chat.events(d.id()).size();
    }

    @Test
    @DisplayName("numbers then a reason: the items are N/A and the reason is shown next to them")
    void marksNumbersWithTheReason() {
        List<Reply> replies = chat.type("U_BOB", "na 72-73 no uploads in this release");

        assertThat(eventsAfter(d.id(), startEvents)).containsExactly(
                new DeploymentEvent.MarkedNotApplicable(72, "no uploads in this release"),
                new DeploymentEvent.MarkedNotApplicable(73, "no uploads in this release"));
        assertThat(Replies.said(replies)).startsWith("<@U_BOB> marked N/A (no uploads in this release): 72-73 · 2/181 · ");
        Deployment after = Replies.changed(replies).deployment();
        assertThat(SectionView.itemLine(after, after.template().item(73).orElseThrow(), chat.preflight.times()))
                .isEqualTo("73. ⊘ Uploaded files scanned for malware — N/A: no uploads in this release (<@U_BOB> 10:00)");
    }

    @Test
    void aQuotedFragmentThenTheReason() {
        chat.type("U_BOB", "na \"file uploads\" no uploads in this release");

        assertThat(chat.reload(d.id()).item(14))
                .contains(new ItemState.NotApplicable("no uploads in this release", "U_BOB", Chat.START));
    }

    @Test
    void aNameThenDashesThenTheReason() {
        chat.type("U_BOB", "na Analytics -- no tracking yet");

        assertThat(chat.reload(d.id()).items()).containsOnlyKeys(142, 143, 144, 145);
        assertThat(chat.reload(d.id()).item(145))
                .contains(new ItemState.NotApplicable("no tracking yet", "U_BOB", Chat.START));
    }

    @Test
    void refusesAnEmptyReason() {
        assertThat(Replies.mistake(chat.type("U_BOB", "na 14")))
                .isEqualTo("Say why it does not apply: na 12 no uploads in this release (help na)");
        assertThat(eventsAfter(d.id(), startEvents)).isEmpty();
    }

    @Test
    void aTickedItemMustBeReopenedFirst() {
        chat.type("U_ANN", "tick 14");

        assertThat(Replies.mistake(chat.type("U_BOB", "na 14 not needed")))
                .isEqualTo("Nothing changed: 14 was ticked by <@U_ANN> at 10:00; untick 14 first.");
    }

    @Test
    void anItemAlreadyNotApplicableSaysWhy() {
        chat.type("U_ANN", "na 14 no uploads");

        assertThat(Replies.mistake(chat.type("U_BOB", "na 14 still no uploads")))
                .isEqualTo("Nothing changed: 14 is already N/A: no uploads (<@U_ANN> 10:00).");
    }
}
