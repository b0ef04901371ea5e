package dev.preflight.commands.deployment;

import dev.preflight.commands.template.Template;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Folds a hand-written log into a {@link Deployment}; each event is one minute after the one before. */
public final class DeploymentBuilder {

    public static final Instant STARTED = Instant.parse("2026-11-27T09:00:00Z");

    private final Template template;
    private final List<RecordedEvent> log = new ArrayList<>();
    private String actor = "U1";

    private DeploymentBuilder(Template template, long id) {
        this.template = template;
        add(new DeploymentEvent.Started("Release 2.4", "production", "C1", "sample", "source of " + id), id);
    }

    public static DeploymentBuilder of(Template template) {
        return new DeploymentBuilder(template, 12);
    }

    public static DeploymentBuilder sample() {
        return of(TemplateBuilder.sample());
    }

    public DeploymentBuilder by(String user) {
        actor = user;
        return this;
    }

    public DeploymentBuilder tick(int... items) {
        for (int item : items) {
            add(new DeploymentEvent.Ticked(item), log.get(0).deploymentId());
        }
        return this;
    }

    public DeploymentBuilder na(int item, String reason) {
        return add(new DeploymentEvent.MarkedNotApplicable(item, reason));
    }

    public DeploymentBuilder signOff(String role, String comment) {
        return add(new DeploymentEvent.SignedOff(role, comment));
    }

    public DeploymentBuilder add(DeploymentEvent event) {
        add(event, log.get(0).deploymentId());
        return this;
    }

    /** The moment the next event will be recorded at. */
    public Instant next() {
        return STARTED.plus(Duration.ofMinutes(log.size()));
    }

    public List<RecordedEvent> log() {
        return List.copyOf(log);
    }

    public Deployment build() {
        return Deployment.replay(log, source -> template);
    }

    private void add(DeploymentEvent event, long id) {
        log.add(new RecordedEvent(id, log.size() + 1, next(), actor, "r" + (log.size() + 1), event));
    }
}
