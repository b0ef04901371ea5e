package dev.preflight.commands.deployment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentViewTest {

    private final TimeFormat times = Times.berlin();

    @Test
    void titleNamesIdNameAndEnvironment() {
        assertThat(DeploymentView.title(DeploymentBuilder.sample().build())).isEqualTo("#12 Release 2.4 · production");
    }

    @Test
    void rootMessageHasTitleProgressAndState() {
        assertThat(DeploymentView.root(DeploymentBuilder.sample().tick(1).build(), times)).containsExactly(
                "#12 Release 2.4 · production", "1/10 · required left 8 · sign-offs 0/4",
                "active · started by <@U1> at 10:00");
    }

    @Nested
    class Progress {

        @Test
        @DisplayName("a new deployment has everything left")
        void newDeployment() {
            assertThat(DeploymentView.progress(DeploymentBuilder.sample().build()))
                    .isEqualTo("0/10 · required left 9 · sign-offs 0/4");
        }

        @Test
        @DisplayName("ticked and N/A items both count as closed; optional items are never required")
        void countsTickedAndNotApplicable() {
            Deployment d = DeploymentBuilder.sample().tick(1, 2, 8).na(4, "no migrations").signOff("dev-lead", "").build();

            assertThat(DeploymentView.progress(d)).isEqualTo("4/10 · required left 6 · sign-offs 1/4");
        }
    }

    @Nested
    class State {

        @Test
        void activeSaysWhoStartedWhen() {
            assertThat(DeploymentView.state(DeploymentBuilder.sample().build(), times))
                    .isEqualTo("active · started by <@U1> at 10:00");
        }

        @Test
        void forcedCompletionShowsTheReason() {
            Deployment d = DeploymentBuilder.sample().by("U9")
                    .add(new DeploymentEvent.Completed(true, "hotfix for outage")).build();

            assertThat(DeploymentView.state(d, times)).isEqualTo("completed by <@U9> at 10:01 (forced: hotfix for outage)");
        }

        @Test
        void cancellationShowsTheReason() {
            Deployment d = DeploymentBuilder.sample().add(new DeploymentEvent.Cancelled("postponed")).build();

            assertThat(DeploymentView.state(d, times)).isEqualTo("cancelled by <@U1> at 10:01: postponed");
        }
    }
}
