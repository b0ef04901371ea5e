package dev.preflight.commands.rollback;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A running step's message")
class LiveUpdatesTest {

    /** Prints {@code lines} numbered lines, one every millisecond, from a thread of its own. */
    private static final class DrippingRunner implements StepRunner {
        private final int lines;

        DrippingRunner(int lines) {
            this.lines = lines;
        }

        @Override
        public Execution start(StepCommand command, OutputSink output, Duration timeout) {
            CompletableFuture<StepOutcome> outcome = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                for (int i = 1; i <= lines; i++) {
                    output.accept("line " + i + " " + "x".repeat(40) + "\n");
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                outcome.complete(StepOutcome.exited(0, Duration.ofMillis(lines)));
            });
            t.start();
            return new Execution() {
                @Override
                public CompletableFuture<StepOutcome> outcome() {
                    return outcome;
                }

                @Override
                public void cancel() {
                    t.interrupt();
                }
            };
        }
    }

    @Test
    @DisplayName("is replaced in place at most once per interval, showing the last 3,000 characters")
    void isUpdatedInPlaceAtAPace() {
        RollbackSettings settings = Fixture.settings().withUpdateEvery(Duration.ofMillis(250));
        try (Fixture f = new Fixture(Plans.bundledTemplate(), new DrippingRunner(600), settings, Map.of())) {
            f.rollback("U1", "start commit-hash=abc1234");
            f.rollback("U1", "run");
            LiveMessage last = f.listener.finished(1);
            List<LiveMessage> shown = f.listener.shown();
            assertThat(shown).extracting(LiveMessage::key).containsOnly(last.key());
            assertThat(shown.get(0).text()).contains("Running, confirmed by <@U1>");
            assertThat(shown).filteredOn(m -> !m.finished()).hasSizeBetween(2, 1 + 600 / 250 * 4);
            assertThat(shown).allSatisfy(m -> assertThat(m.output().length()).isLessThanOrEqualTo(3_000));
            assertThat(last.output()).startsWith("…").endsWith("line 600 " + "x".repeat(40) + "\n");
            assertThat(shown.indexOf(last)).isEqualTo(shown.size() - 1);
        }
    }
}
