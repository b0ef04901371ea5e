package dev.preflight.commands.template;

import java.util.Objects;

/** A recurring task of "Regular Maintenance"; not a deployment item. */
public record MaintenanceTask(Cadence cadence, String text) {
    public MaintenanceTask {
        Objects.requireNonNull(cadence, "cadence");
        Lines.requireOneLine("task text", text);
    }
}
