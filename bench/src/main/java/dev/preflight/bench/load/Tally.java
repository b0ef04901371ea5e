package dev.preflight.bench.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** What one worker saw during the measured window: latencies per kind, statuses other than 200, errors. */
final class Tally {

    final Map<Kind, Samples> latencies = new EnumMap<>(Kind.class);
    final Map<Integer, Integer> otherStatuses = new TreeMap<>();
    int errors;
    String firstError;

    void record(Kind kind, long nanos, int status) {
        latencies.computeIfAbsent(kind, k -> new Samples()).add(nanos);
        if (status != 200) {
            otherStatuses.merge(status, 1, Integer::sum);
        }
    }

    void recordError(Kind kind, long nanos, Exception e) {
        latencies.computeIfAbsent(kind, k -> new Samples()).add(nanos);
        errors++;
        if (firstError == null) {
            firstError = e.toString();
        }
    }

    void addAll(Tally other) {
        other.latencies.forEach((k, s) -> latencies.computeIfAbsent(k, x -> new Samples()).addAll(s));
        other.otherStatuses.forEach((status, n) -> otherStatuses.merge(status, n, Integer::sum));
        errors += other.errors;
        if (firstError == null) {
            firstError = other.firstError;
        }
    }
}
