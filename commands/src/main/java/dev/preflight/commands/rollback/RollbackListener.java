package dev.preflight.commands.rollback;

/**
 * Where running rollback steps and monitoring commands show their progress. Adapters post a message the first
 * time they see a {@link LiveMessage#key()} and replace that same message in place for every later one with the
 * key. Calls come from the service's own thread, one at a time, in order, at most about once per
 * {@code rollback.update-every} for each key.
 */
@FunctionalInterface
public interface RollbackListener {
    void show(LiveMessage message);
}
