package dev.preflight.commands.deployment;

/**
 * A change to a deployment. Events are appended to the deployment's log and never changed or deleted;
 * the deployment's state is the fold of its events (see {@link Deployment}).
 */
public sealed interface DeploymentEvent {

    /** The first event of every deployment; carries a snapshot of the template's Markdown source. */
    record Started(String name, String environment, String channel, String templateName, String templateSource)
            implements DeploymentEvent {
    }

    /** The chat platform's reference of the deployment's root message, whose thread holds the checklist. */
    record ThreadLinked(String threadRef) implements DeploymentEvent {
    }

    record Ticked(int item) implements DeploymentEvent {
    }

    record Unticked(int item) implements DeploymentEvent {
    }

    record MarkedNotApplicable(int item, String reason) implements DeploymentEvent {
    }

    record SignedOff(String role, String comment) implements DeploymentEvent {
    }

    record SignOffRevoked(String role) implements DeploymentEvent {
    }

    record Completed(boolean forced, String reason) implements DeploymentEvent {
    }

    record Cancelled(String reason) implements DeploymentEvent {
    }
}
