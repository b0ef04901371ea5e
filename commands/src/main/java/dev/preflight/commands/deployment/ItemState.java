package dev.preflight.commands.deployment;

import java.time.Instant;

/** What has been done to an item that is no longer open. */
public sealed interface ItemState {
    String by();

    Instant at();

    record Done(String by, Instant at) implements ItemState {
    }

    record NotApplicable(String reason, String by, Instant at) implements ItemState {
    }
}
