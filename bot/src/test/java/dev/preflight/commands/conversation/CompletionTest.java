package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** status, done, done --force and cancel. */
class CompletionTest extends ChatTest {

    private Deployment d;

    @BeforeEach
    void startDeployment() {
        d = chat.start("Release 2.4");
    }

    private void finishEverything() {
        chat.type("U_BOB", "tick " + Checklists.REQUIRED_ITEMS);
        chat.type("U_PM", "signoff project-manager");
        chat.type("U_DEV", "signoff dev-lead");
        chat.type("U_OPS", "signoff devops-sysadmin");
        chat.type("U_BOB", "signoff qa-lead");
    }

    @Test
    @DisplayName("status shows progress per section, the required items still open and the sign-offs pending")
    void status() {
        chat.type("U_BOB", "tick 1-3");
        chat.type("U_DEV", "signoff dev-lead");

        String status = Replies.said(chat.type("U_ANN", "status"));

        assertThat(status).contains("#1 Release 2.4 · production — active · started by <@U_ANN> at 10:00",
                "Progress: 3/181 · required left 166 · sign-offs 1/4",
                "  Pre-Deployment (Development) · 3/30",
                "  Deployment Process · 0/22",
                "Required still open (166): 4-13, 15-53, 55-68, 70-113, 116-135, 137-141, 146-152, 155-181",
                "  4. No hardcoded credentials in code",
                "Sign-offs pending: project-manager, devops-sysadmin, qa-lead");
    }

    @Nested
    class Done {

        @Test
        @DisplayName("done lists what blocks it and changes nothing")
        void blocked() {
            chat.type("U_BOB", "tick " + Checklists.REQUIRED_ITEMS);
            chat.type("U_BOB", "untick 11 170");
            chat.type("U_DEV", "signoff dev-lead");

            assertThat(Replies.mistake(chat.type("U_ANN", "done"))).isEqualTo("Not done yet: 2 required items open"
                    + " (11, 170) and 3 sign-offs pending (project-manager, devops-sysadmin, qa-lead)."
                    + " Type status for details; an admin can force it: done --force <reason>");
            assertThat(chat.reload(d.id()).isActive()).isTrue();
        }

        @Test
        @DisplayName("done completes once every required item is closed and every role signed; optional items do not block")
        void completes() {
            finishEverything();
            chat.clock.advance(Duration.ofMinutes(30));

            String said = Replies.said(chat.type("U_ANN", "done"));

            Deployment after = chat.reload(d.id());
            assertThat(after.status()).isEqualTo(Status.COMPLETED);
            assertThat(after.closedBy().orElseThrow().event()).isEqualTo(new DeploymentEvent.Completed(false, ""));
            assertThat(said).isEqualTo("<@U_ANN> completed #1 Release 2.4 · production · 169/181 · required left 0 · sign-offs 4/4");
        }

        @Test
        void anAdminForcesItWithAReason() {
            chat.type("U_BOB", "tick " + Checklists.REQUIRED_ITEMS);
            chat.type("U_BOB", "untick 170");

            String said = Replies.said(chat.type("U_ADMIN", "done --force outage hotfix"));

            assertThat(chat.reload(d.id()).closedBy().orElseThrow().event())
                    .isEqualTo(new DeploymentEvent.Completed(true, "outage hotfix"));
            assertThat(said).isEqualTo("<@U_ADMIN> forced #1 Release 2.4 · production to completion (outage hotfix),"
                    + " leaving 1 required item open (170) and 4 sign-offs pending"
                    + " (project-manager, dev-lead, devops-sysadmin, qa-lead)");
        }

        @Test
        void onlyAdminsForce() {
            assertThat(Replies.mistake(chat.type("U_DEV", "done --force outage")))
                    .isEqualTo("Only admins (<@U_ADMIN>) may force completion; type done once status shows nothing open.");
            assertThat(chat.reload(d.id()).isActive()).isTrue();
        }

        @Test
        void aCompletedDeploymentTakesNoMoreTicks() {
            finishEverything();
            chat.type("U_ANN", "done");
            long events = chat.events(d.id()).size();

            assertThat(Replies.mistake(chat.typeIn(Chat.thread(d.id()), "U_BOB", "untick 1"))).isEqualTo("#1 Release 2.4 · production was"
                    + " completed by <@U_ANN> at 10:00; nothing can change any more. Start a new one: start <name>");
            assertThat(chat.events(d.id())).hasSize((int) events);
        }
    }

    @Nested
    class Cancel {

        @Test
        void cancelsWithTheReason() {
            String said = Replies.said(chat.type("U_ANN", "cancel postponed to Monday"));

            Deployment after = chat.reload(d.id());
            assertThat(after.status()).isEqualTo(Status.CANCELLED);
            assertThat(after.closedBy().orElseThrow().event()).isEqualTo(new DeploymentEvent.Cancelled("postponed to Monday"));
            assertThat(said).isEqualTo("<@U_ANN> cancelled #1 Release 2.4 · production: postponed to Monday");
            assertThat(chat.store.active(Chat.CHANNEL)).isEmpty();
        }

        @Test
        void needsAReason() {
            assertThat(Replies.mistake(chat.type("U_ANN", "cancel"))).contains("cancel <reason>");
            assertThat(chat.reload(d.id()).isActive()).isTrue();
        }

        @Test
        void aCancelledDeploymentTakesNoMoreTicks() {
            chat.type("U_ANN", "cancel postponed");

            assertThat(Replies.mistake(chat.typeIn(Chat.thread(d.id()), "U_BOB", "tick 1")))
                    .isEqualTo("#1 Release 2.4 · production was cancelled by <@U_ANN> at 10:00: postponed;"
                            + " nothing can change any more. Start a new one: start <name>");
        }
    }
}
