package dev.preflight.bench.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The lines of a results file, and the median of a field over the lines that match. */
record Measurements(List<Map<String, String>> rows) {

    Measurements {
        rows = List.copyOf(rows);
    }

    /**
     * The median of {@code field} over rows whose fields equal {@code match}, given as name, value, name,
     * value...; empty when none matches.
     */
    OptionalDouble median(String field, String... match) {
        double[] values = rows.stream()
                .filter(r -> matches(r, match))
                .map(r -> r.get(field))
                .filter(v -> v != null && !v.isBlank())
                .mapToDouble(Double::parseDouble)
                .sorted()
                .toArray();
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        int mid = values.length / 2;
        return OptionalDouble.of(values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2);
    }

    /** How many rows match. */
    long count(String... match) {
        return rows.stream().filter(r -> matches(r, match)).count();
    }

    private static boolean matches(Map<String, String> row, String... match) {
        if (match.length % 2 != 0) {
            throw new IllegalArgumentException("match is name, value pairs: " + Arrays.toString(match));
        }
        for (int i = 0; i < match.length; i += 2) {
            if (!match[i + 1].equals(row.get(match[i]))) {
                return false;
            }
        }
        return true;
    }
}
