package dev.preflight.commands.deployment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventViewTest {

    @Test
    void timelineLinesSayWhenWhoAndWhat() {
        DeploymentBuilder b = DeploymentBuilder.sample().by("U2").tick(3).na(8, "no analytics")
                .signOff("dev-lead", "looks good").add(new DeploymentEvent.SignOffRevoked("dev-lead"))
                .add(new DeploymentEvent.Completed(true, "outage"));
        List<RecordedEvent> log = b.log();

        List<String> lines = log.stream().map(e -> EventView.line(e, TemplateBuilder.sample(), Times.berlin())).toList();

        assertThat(lines).containsExactly(
                "2026-11-27 10:00 <@U1> started \"Release 2.4\" on production from template sample",
                "2026-11-27 10:01 <@U2> ticked 3 (Review all TODO comments)",
                "2026-11-27 10:02 <@U2> marked 8 (Google Analytics configured) N/A: no analytics",
                "2026-11-27 10:03 <@U2> signed off as Dev Lead: looks good",
                "2026-11-27 10:04 <@U2> revoked the Dev Lead sign-off",
                "2026-11-27 10:05 <@U2> forced completion: outage");
    }
}
