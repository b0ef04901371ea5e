package dev.preflight.bench.load;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void takesTheNearestRankOverEveryResponse() {
        long[] sorted = LongStream.rangeClosed(1, 1000).map(i -> i * 1_000_000).toArray();

        Percentiles p = Percentiles.of(sorted);

        assertThat(p.count()).isEqualTo(1000);
        assertThat(p.p50()).isEqualTo(500.0);
        assertThat(p.p90()).isEqualTo(900.0);
        assertThat(p.p99()).isEqualTo(990.0);
        assertThat(p.max()).isEqualTo(1000.0);
    }

    @Test
    void aSingleSlowResponseIsTheMaxAndNotTheP99OfAThousand() {
        long[] sorted = LongStream.range(0, 1000).map(i -> i < 999 ? 1_000_000 : 3_000_000_000L).toArray();

        Percentiles p = Percentiles.of(sorted);

        assertThat(p.p99()).isEqualTo(1.0);
        assertThat(p.max()).isEqualTo(3000.0);
    }
}
