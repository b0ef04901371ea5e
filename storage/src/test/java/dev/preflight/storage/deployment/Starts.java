package dev.preflight.storage.deployment;

import dev.preflight.commands.deployment.DeploymentEvent;

/** Small builders of the first event of a deployment. */
final class Starts {

    static final String SOURCE = "# Tiny checklist";

    private Starts() {
    }

    static DeploymentEvent.Started in(String channel, String name) {
        return new DeploymentEvent.Started(name, "production", channel, "tiny", SOURCE);
    }

    static DeploymentEvent.Started api() {
        return in("C-ops", "api 1.4.2");
    }
}
