package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.SignOff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignOffCommandTest extends ChatTest {

    private Deployment d;
    private int startEvents;

    @BeforeEach
    void startDeployment() {
        d = chat.start("Release 2.4");
        startEvents = chat.events(d.id()).size();
    }

    @Nested
    class SignOffs {

        @Test
        void aHolderOfTheRoleSignsOff() {
            List<Reply> replies = chat.type("U_DEV", "signoff dev-lead reviewed the diff");

            assertThat(chat.reload(d.id()).signOffs().get("dev-lead"))
                    .isEqualTo(new SignOff("dev-lead", "U_DEV", Chat.START, "reviewed the diff"));
            assertThat(Replies.said(replies))
                    .isEqualTo("<@U_DEV> signed off as Dev Lead: reviewed the diff · 0/181 · required left 169 · sign-offs 1/4");
            assertThat(Replies.changed(replies).signOffs()).isTrue();
        }

        @Test
        @DisplayName("someone who does not hold the role is told who does")
        void rejectsSignOffFromUserWithoutRole() {
            assertThat(Replies.mistake(chat.type("U_BOB", "signoff dev-lead")))
                    .isEqualTo("Only <@U_DEV> may act as Dev Lead (dev-lead); ask one of them.");
            assertThat(eventsAfter(d.id(), startEvents)).isEmpty();
        }

        @Test
        @DisplayName("a role nobody is mapped to is open to anyone, and the reply says so")
        void anOpenRole() {
            assertThat(Replies.said(chat.type("U_BOB", "signoff qa-lead"))).startsWith("<@U_BOB> signed off as QA Lead"
                    + " (nobody is mapped to qa-lead, so anyone may sign off for it) · ");
            assertThat(chat.reload(d.id()).signOffs()).containsKey("qa-lead");
        }

        @Test
        void anUnknownRoleListsTheRoles() {
            assertThat(Replies.mistake(chat.type("U_DEV", "signoff dev")))
                    .isEqualTo("There is no role dev in this checklist; the roles are project-manager, dev-lead,"
                            + " devops-sysadmin, qa-lead, e.g. signoff project-manager");
        }

        @Test
        void aRoleSignsOffOnce() {
            chat.type("U_DEV", "signoff dev-lead");

            assertThat(Replies.mistake(chat.type("U_DEV", "signoff dev-lead again")))
                    .isEqualTo("Dev Lead was already signed off by <@U_DEV> at 10:00; to sign again: signoff revoke dev-lead");
        }
    }

    @Nested
    class Revoke {

        @Test
        void theSignerRevokes() {
            chat.type("U_DEV", "signoff dev-lead");

            List<Reply> replies = chat.type("U_DEV", "signoff revoke dev-lead");

            assertThat(chat.reload(d.id()).signOffs()).isEmpty();
            assertThat(eventsAfter(d.id(), startEvents)).endsWith(new DeploymentEvent.SignOffRevoked("dev-lead"));
            assertThat(Replies.said(replies)).startsWith("<@U_DEV> revoked the Dev Lead sign-off of <@U_DEV> · ");
        }

        @Test
        void anAdminRevokes() {
            chat.type("U_DEV", "signoff dev-lead");

            chat.type("U_ADMIN", "signoff revoke dev-lead");

            assertThat(chat.reload(d.id()).signOffs()).isEmpty();
        }

        @Test
        void someoneElseMayNot() {
            chat.type("U_DEV", "signoff dev-lead");

            assertThat(Replies.mistake(chat.type("U_BOB", "signoff revoke dev-lead")))
                    .isEqualTo("Only <@U_DEV> may act as Dev Lead (dev-lead); ask one of them.");
            assertThat(chat.reload(d.id()).signOffs()).containsKey("dev-lead");
        }

        @Test
        void nothingToRevoke() {
            assertThat(Replies.mistake(chat.type("U_DEV", "signoff revoke dev-lead")))
                    .startsWith("Dev Lead has not signed off");
        }
    }
}
