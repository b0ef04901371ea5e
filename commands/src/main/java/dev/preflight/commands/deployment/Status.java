package dev.preflight.commands.deployment;

/** Where a deployment is in its life. */
public enum Status {
    ACTIVE, COMPLETED, CANCELLED
}
