package dev.preflight.bench.report;

import java.util.Locale;
import java.util.OptionalDouble;

/** The Markdown table of measures against floors and targets. */
final class Table {

    private final StringBuilder rows = new StringBuilder(
            "| measure | Preflight | floor | ratio | target | met |\n|---|---|---|---|---|---|\n");

    /**
     * A ratio of Preflight to its floor; {@code limit} is the target ratio (null: none), at most when
     * {@code lowerIsBetter}, at least otherwise.
     */
    void ratio(String what, OptionalDouble preflight, OptionalDouble floor, String unit, String floorName,
               Double limit, boolean lowerIsBetter) {
        String ratio = "—";
        String met = "";
        if (preflight.isPresent() && floor.isPresent() && floor.getAsDouble() > 0) {
            double r = preflight.getAsDouble() / floor.getAsDouble();
            ratio = String.format(Locale.ROOT, "%.2f×", r);
            if (limit != null) {
                met = (lowerIsBetter ? r <= limit : r >= limit) ? "yes" : "**no**";
            }
        }
        String target = limit == null ? "" : (lowerIsBetter ? "≤ " : "≥ ") + limit + "×";
        row(what, figure(preflight, unit), figure(floor, unit) + " (" + floorName + ")", ratio, target, met);
    }

    /** A figure against an absolute ceiling, with the floor shown for reference. */
    void absolute(String what, OptionalDouble preflight, OptionalDouble floor, String unit, String floorName,
                  double ceiling) {
        String met = preflight.isPresent() ? (preflight.getAsDouble() <= ceiling ? "yes" : "**no**") : "";
        String ratio = preflight.isPresent() && floor.isPresent()
                ? String.format(Locale.ROOT, "%.2f×", preflight.getAsDouble() / floor.getAsDouble()) : "—";
        row(what, figure(preflight, unit), figure(floor, unit) + " (" + floorName + ")", ratio,
                "≤ " + Results.number(ceiling) + unit, met);
    }

    /** Two of Preflight's own figures that should stay within {@code tolerance} of each other. */
    void spread(String what, OptionalDouble a, OptionalDouble b, double tolerance) {
        String ratio = "—";
        String met = "";
        if (a.isPresent() && b.isPresent()) {
            double hi = Math.max(a.getAsDouble(), b.getAsDouble());
            double lo = Math.min(a.getAsDouble(), b.getAsDouble());
            double r = a.getAsDouble() / b.getAsDouble();
            ratio = String.format(Locale.ROOT, "%.2f×", r);
            met = hi <= lo * (1 + tolerance) ? "yes" : "**no**";
        }
        row(what, "tick " + figure(a, " ms"), "status " + figure(b, " ms"), ratio,
                "within " + Math.round(tolerance * 100) + "%", met);
    }

    private void row(String... cells) {
        rows.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String figure(OptionalDouble value, String unit) {
        return value.isPresent() ? Results.number(value.getAsDouble()) + unit : "n/a";
    }

    @Override
    public String toString() {
        return rows.toString();
    }
}
