package dev.preflight.commands.deployment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusViewTest {

    private final TimeFormat times = Times.berlin();

    @Test
    @DisplayName("status shows progress per section, the open required items and the pending sign-offs")
    void showsWhatIsLeft() {
        Deployment d = DeploymentBuilder.sample().tick(1, 2).by("U7").signOff("qa-lead", "smoke tests green").build();

        String status = StatusView.text(d, times);

        assertThat(status).contains(
                "#12 Release 2.4 · production — active · started by <@U1> at 10:00",
                "Progress: 2/10 · required left 7 · sign-offs 1/4",
                "  Pre-Deployment · 2/5",
                "Required still open (7): 3-7, 9-10",
                "  3. Review all TODO comments",
                "Signed off: QA Lead by <@U7> 10:03 (smoke tests green)",
                "Sign-offs pending: project-manager, dev-lead, devops-sysadmin");
        assertThat(status).doesNotContain("  8. ").doesNotContain("Nothing blocks");
    }

    @Test
    void showsOnlyTheFirstOpenItemsWithText() {
        String status = StatusView.text(DeploymentBuilder.sample().build(), times);

        assertThat(status).contains("  5. Database backups automated").doesNotContain("  6. Connection pooling");
    }

    @Test
    void saysWhenNothingBlocksCompletion() {
        DeploymentBuilder b = DeploymentBuilder.sample().tick(1, 2, 3, 4, 5, 6, 7, 9, 10);
        for (String role : new String[] {"project-manager", "dev-lead", "devops-sysadmin", "qa-lead"}) {
            b.signOff(role, "");
        }

        assertThat(StatusView.text(b.build(), times))
                .contains("Required items: all ticked or N/A.", "Nothing blocks completion: type done.")
                .doesNotContain("pending");
    }
}
