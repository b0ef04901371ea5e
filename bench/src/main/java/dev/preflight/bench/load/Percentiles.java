package dev.preflight.bench.load;

/** Nearest-rank percentiles of sorted latencies, in milliseconds. */
record Percentiles(int count, double p50, double p90, double p99, double max) {

    static Percentiles of(long[] sorted) {
        if (sorted.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(sorted.length, millis(rank(sorted, 0.50)), millis(rank(sorted, 0.90)),
                millis(rank(sorted, 0.99)), millis(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
