package dev.preflight.commands.rollback;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Shell quoting")
class ShellQuoteTest {

    @Test
    void wrapsInSingleQuotesAndEscapesInnerOnes() {
        assertThat(ShellQuote.quote("abc")).isEqualTo("'abc'");
        assertThat(ShellQuote.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellQuote.quote("")).isEqualTo("''");
    }

    @Test
    void leavesPlainWordsBareInACommandLine() {
        assertThat(ShellQuote.line(List.of("git", "revert", "abc1234"))).isEqualTo("git revert abc1234");
        assertThat(ShellQuote.line(List.of("/bin/sh", "-c", "a | b"))).isEqualTo("/bin/sh -c 'a | b'");
    }

    @Test
    @DisplayName("a real /bin/sh reads every quoted word back exactly, whatever characters it holds")
    void shellReadsQuotedWordsBackExactly() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String alphabet = "ab '\"\\$`;|&<>(){}[]*?~#!\n\t%=-\uff1b\u00e9";
        List<String> words = new ArrayList<>(InjectionCorpus.PAYLOADS.stream().filter(p -> !p.contains("\u0000"))
                .toList());
        for (int i = 0; i < 200; i++) {
            StringBuilder w = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            words.add(w.toString());
        }
        StringBuilder script = new StringBuilder();
        for (String word : words) {
            script.append("printf '%s\\0' ").append(ShellQuote.quote(word)).append('\n');
        }
        Process p = new ProcessBuilder("/bin/sh", "-c", script.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("seed %d: %s", seed, out).isZero();
        assertThat(List.of(out.split("\0", -1)).subList(0, words.size())).as("seed %d", seed).isEqualTo(words);
    }
}
