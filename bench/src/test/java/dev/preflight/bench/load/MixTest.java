package dev.preflight.bench.load;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MixTest {

    @Test
    void sendsKindsInProportionToTheirWeights() {
        Mix.Picker picker = Mix.parse("tick=3,status=1").picker();
        SplittableRandom random = new SplittableRandom(11);
        Map<Kind, Integer> seen = new EnumMap<>(Kind.class);
        for (int i = 0; i < 40_000; i++) {
            seen.merge(picker.next(random), 1, Integer::sum);
        }

        assertThat(seen).containsOnlyKeys(Kind.TICK, Kind.STATUS);
        assertThat(seen.get(Kind.TICK) / (double) seen.get(Kind.STATUS)).isBetween(2.8, 3.2);
    }

    @Test
    void namesEqualSharesTheSameWayWhicheverOrderTheyWereGiven() {
        assertThat(Mix.parse("tick+status")).hasToString("status+tick");
        assertThat(Mix.parse("status+tick")).isEqualTo(Mix.parse("tick+status"));
    }

    @Test
    void refusesAKindItCannotSend() {
        assertThatThrownBy(() -> Mix.parse("tick+export")).hasMessageContaining("export");
    }
}
