package dev.preflight.commands.deployment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignOffViewTest {

    @Test
    void oneLinePerRoleSignedOrPending() {
        Deployment d = DeploymentBuilder.sample().by("U2").signOff("dev-lead", "reviewed the diff")
                .by("U4").signOff("qa-lead", "").build();

        assertThat(SignOffView.lines(d, Times.berlin())).containsExactly(
                "Project Manager (project-manager): pending",
                "Dev Lead (dev-lead): ✔ <@U2> 10:01 — reviewed the diff",
                "DevOps/Sysadmin (devops-sysadmin): pending",
                "QA Lead (qa-lead): ✔ <@U4> 10:02");
    }
}
