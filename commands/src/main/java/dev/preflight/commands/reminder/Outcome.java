package dev.preflight.commands.reminder;

/** What became of a reminder, as the report tells it. */
public enum Outcome {
    /** Every task done before the first nudge was due. */
    ON_TIME("on time"),
    /** Every task done, but after the first nudge was due, or the reminder itself was posted late. */
    LATE("late"),
    /** Skipped on purpose, with a reason. */
    SKIPPED("skipped"),
    /** Not finished by the time the cadence fell due again. */
    MISSED("missed"),
    /** Not finished yet, and the cadence has not fallen due again. */
    OPEN("open");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
