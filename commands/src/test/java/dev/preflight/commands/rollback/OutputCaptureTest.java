package dev.preflight.commands.rollback;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Captured output")
class OutputCaptureTest {

    @Test
    void showsAllOfShortOutput() {
        OutputCapture c = new OutputCapture();
        c.accept("hello\n");
        c.accept("world\n");
        assertThat(c.shown()).isEqualTo("hello\nworld\n");
        assertThat(c.full()).isEqualTo("hello\nworld\n");
    }

    @Test
    @DisplayName("shows the last 3,000 characters, marked as cut")
    void showsTheLastThreeThousandCharacters() {
        OutputCapture c = new OutputCapture();
        for (int i = 0; i < 1000; i++) {
            c.accept("line " + i + "\n");
        }
        assertThat(c.shown()).hasSize(OutputCapture.SHOWN).startsWith("…").endsWith("line 999\n");
        assertThat(c.full()).startsWith("line 0\n").endsWith("line 999\n");
    }

    @Test
    @DisplayName("keeps the beginning and the end of very long output, saying how much was left out")
    void keepsHeadAndTailOfVeryLongOutput() {
        OutputCapture c = new OutputCapture();
        String chunk = "x".repeat(1023) + "\n";
        for (int i = 0; i < 1024; i++) {
            c.accept(chunk);
        }
        c.accept("the end\n");
        String full = c.full();
        assertThat(full).contains("characters left out").endsWith("the end\n");
        assertThat(full.length()).isLessThan(3 * OutputCapture.KEPT_EACH);
        assertThat(c.shown()).endsWith("the end\n").hasSize(OutputCapture.SHOWN);
    }
}
