package dev.preflight.commands.template;

/** A recurring task of "Regular Maintenance"; not a deployment item. */
public record MaintenanceTask(Cadence cadence, String text) {
}
