package dev.preflight.bot.slack.blocks;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.template.Template;

import java.time.Instant;
import java.util.List;

/** A deployment of a given template, built event by event as the core would record them. */
final class DeploymentBuilder {

    static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    private Deployment deployment;

    private DeploymentBuilder(Deployment deployment) {
        this.deployment = deployment;
    }

    static DeploymentBuilder of(Template template) {
        RecordedEvent started = new RecordedEvent(42, 1, T0, "UALICE", "r1",
                new DeploymentEvent.Started("v2.3.1", "production", "CDEPLOYS", "custom", "(source)"));
        return new DeploymentBuilder(Deployment.replay(List.of(started), source -> template));
    }

    DeploymentBuilder tick(int item, String by) {
        return then(by, new DeploymentEvent.Ticked(item));
    }

    DeploymentBuilder notApplicable(int item, String reason, String by) {
        return then(by, new DeploymentEvent.MarkedNotApplicable(item, reason));
    }

    DeploymentBuilder signOff(String role, String by, String comment) {
        return then(by, new DeploymentEvent.SignedOff(role, comment));
    }

    DeploymentBuilder then(String by, DeploymentEvent event) {
        long next = deployment.sequence() + 1;
        deployment = deployment.apply(new RecordedEvent(deployment.id(), next, T0.plusSeconds(60 * next), by,
                "r" + next, event));
        return this;
    }

    Deployment build() {
        return deployment;
    }
}
