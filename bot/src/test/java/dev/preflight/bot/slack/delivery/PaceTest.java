package dev.preflight.bot.slack.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PaceTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void allowsABurstThenOneMessagePerIntervalPerChannel() {
        Pace pace = new Pace(Duration.ofSeconds(1), 3);

        assertThat(pace.take("C1", T0)).isEmpty();
        assertThat(pace.take("C1", T0)).isEmpty();
        assertThat(pace.take("C1", T0)).isEmpty();
        assertThat(pace.take("C1", T0)).contains(T0.plusSeconds(1));
        assertThat(pace.take("C2", T0)).as("another channel has its own pace").isEmpty();
        assertThat(pace.take("C1", T0.plusSeconds(1))).isEmpty();
        assertThat(pace.take("C1", T0.plusSeconds(1))).contains(T0.plusSeconds(2));
    }

    @Test
    void aQuietChannelEarnsItsBurstBack() {
        Pace pace = new Pace(Duration.ofSeconds(1), 2);
        pace.take("C1", T0);
        pace.take("C1", T0);

        Instant later = T0.plusSeconds(60);

        assertThat(pace.take("C1", later)).isEmpty();
        assertThat(pace.take("C1", later)).isEmpty();
        assertThat(pace.take("C1", later)).isPresent();
    }

    @Test
    void holdsAChannelUntilRetryAfterHasPassed() {
        Pace pace = new Pace(Duration.ofSeconds(1), 4);

        pace.hold("C1", T0.plusSeconds(30));

        assertThat(pace.take("C1", T0.plusSeconds(29))).contains(T0.plusSeconds(30));
        assertThat(pace.take("C1", T0.plusSeconds(30))).isEmpty();
    }
}
