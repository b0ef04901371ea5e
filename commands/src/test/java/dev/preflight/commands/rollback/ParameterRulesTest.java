package dev.preflight.commands.rollback;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Rollback parameter values")
class ParameterRulesTest {

    private final ParameterRules rules = new ParameterRules(Map.of("ticket", "[A-Z]+-[0-9]+", "anything", ".*"));

    @Nested
    @DisplayName("a commit hash")
    class CommitHash {
        @Test
        void acceptsSevenToFortyLowercaseHexDigits() {
            assertThat(rules.problem("commit-hash", "abc1234")).isEmpty();
            assertThat(rules.problem("commit-hash", "0123456789abcdef0123456789abcdef01234567")).isEmpty();
        }

        @Test
        void refusesTooShortTooLongOrNonHexValues() {
            assertThat(rules.problem("commit-hash", "abc123")).hasValue("commit-hash must match [0-9a-f]{7,40}.");
            assertThat(rules.problem("commit-hash", "a".repeat(41))).isPresent();
            assertThat(rules.problem("commit-hash", "ABC1234")).isPresent();
            assertThat(rules.problem("commit-hash", "main")).isPresent();
        }
    }

    @Test
    @DisplayName("refuses every payload of the injection corpus, for the built-in and the default pattern")
    void refusesTheInjectionCorpus() {
        for (String payload : InjectionCorpus.PAYLOADS) {
            assertThat(rules.problem("commit-hash", payload)).as("commit-hash %s", payload).isPresent();
            assertThat(rules.problem("release", payload)).as("release %s", payload).isPresent();
        }
    }

    @Test
    @DisplayName("refuses a leading dash, control characters and format characters even when the pattern allows them")
    void hardRulesHoldWhateverThePattern() {
        assertThat(rules.problem("anything", "--exec=touch x")).hasValue("anything may not start with '-'.");
        assertThat(rules.problem("anything", "a\nb")).get().asString().contains("control characters");
        assertThat(rules.problem("anything", "a\u0000b")).isPresent();
        assertThat(rules.problem("anything", "a\u200bb")).isPresent();
        assertThat(rules.problem("anything", "x".repeat(ParameterRules.MAX_LENGTH + 1))).isPresent();
        assertThat(rules.problem("anything", "a; b $(c) `d`")).isEmpty();
    }

    @Test
    void usesTheConfiguredPatternForItsParameter() {
        assertThat(rules.problem("ticket", "OPS-42")).isEmpty();
        assertThat(rules.problem("ticket", "ops-42")).hasValue("ticket must match [A-Z]+-[0-9]+.");
    }

    @Test
    @DisplayName("the default pattern accepts plain names and paths and nothing a shell would read specially")
    void defaultPatternAcceptsOnlyPlainWords() {
        assertThat(rules.problem("release", "v2.3.1")).isEmpty();
        assertThat(rules.problem("release", "releases/2024-05_01")).isEmpty();
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String special = " \t;&|<>()$`\\\"'*?[]#~=%!{}^,:@+\uff1b\u00a0";
        for (int i = 0; i < 2000; i++) {
            StringBuilder value = new StringBuilder("v" + random.nextInt(100));
            value.insert(random.nextInt(value.length() + 1), special.charAt(random.nextInt(special.length())));
            assertThat(rules.problem("release", value.toString())).as("seed %d, value %s", seed, value).isPresent();
        }
    }

    @Test
    void doesNotRepeatTheRefusedValue() {
        for (String payload : InjectionCorpus.PAYLOADS) {
            if (payload.length() > 3) {
                assertThat(rules.problem("commit-hash", payload).orElseThrow()).doesNotContain(payload);
            }
        }
    }
}
