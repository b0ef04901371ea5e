package dev.preflight.bench.load;

import java.util.Arrays;

/** Latencies in nanoseconds, appended by one thread; merged and sorted once the run is over. */
final class Samples {

    private long[] values = new long[4096];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    /** The latencies, sorted. */
    long[] sorted() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }
}
