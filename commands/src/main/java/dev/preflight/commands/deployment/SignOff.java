package dev.preflight.commands.deployment;

import java.time.Instant;

/** A role's sign-off on a deployment. */
public record SignOff(String role, String by, Instant at, String comment) {
}
