package dev.preflight.commands.rollback;

import java.util.Optional;

/**
 * Keeps the full output of rollback steps and monitoring commands (already redacted), which is too long for an
 * event; events refer to it by the reference {@link #keep} returns. Implementations throw
 * {@link dev.preflight.commands.deployment.StoreException} when the database fails.
 */
public interface StepOutputStore {

    /** Stores {@code output} durably and returns the reference to read it back with. */
    String keep(long deploymentId, String output);

    /** The output stored under {@code ref}, or empty when there is none. */
    Optional<String> find(String ref);
}
