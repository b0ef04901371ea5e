package dev.preflight.commands.template;

/** How often a maintenance task recurs. */
public enum Cadence {
    DAILY, WEEKLY, MONTHLY, QUARTERLY
}
