package dev.preflight.commands.rollback;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Redaction")
class RedactorTest {

    private final Redactor redactor = Redactor.of(List.of("s3cr3t-value"), List.of("api_key=(\\w+)", "BEGIN-\\d+"));

    @Nested
    @DisplayName("hides")
    class Hides {
        @Test
        void passwordsGivenWithDashP() {
            assertThat(redactor.redact("mysql -u root -psecret db")).isEqualTo("mysql -u root -p*** db");
            assertThat(redactor.redact("mysql -u root -p db")).isEqualTo("mysql -u root -p db");
            assertThat(redactor.redact("--password=hunter2 --password hunter3"))
                    .isEqualTo("--password=*** --password ***");
        }

        @Test
        void slackTokens() {
            assertThat(redactor.redact("token xoxb-123-456-abcDEF and xapp-1-A2-3"))
                    .isEqualTo("token *** and ***");
        }

        @Test
        void knownSecretValuesAnywhere() {
            assertThat(redactor.redact("url=mysql://u:s3cr3t-value@db/x")).isEqualTo("url=mysql://u:***@db/x");
        }

        @Test
        @DisplayName("the first group of a configured pattern, or its whole match when it has none")
        void configuredPatterns() {
            assertThat(redactor.redact("api_key=abc123 BEGIN-42")).isEqualTo("api_key=*** ***");
        }
    }

    @Test
    void leavesOrdinaryOutputAlone() {
        String text = "Filesystem Size Used\n/dev/sda1 20G 5G\n-rw-r--r-- 1 root root\n";
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void ignoresSecretValuesTooShortToMeanAnything() {
        assertThat(Redactor.of(List.of("ab"), List.of()).redact("abba")).isEqualTo("abba");
    }

    @Nested
    @DisplayName("of streamed output")
    class Streaming {
        @Test
        @DisplayName("hides a secret split across two pieces of output, at every split point")
        void secretSplitAcrossPieces() {
            String line = "connecting with xoxb-1111-2222-abcdef and -pp4ssw0rd and s3cr3t-value done\n";
            for (int cut = 0; cut <= line.length(); cut++) {
                StringBuilder out = new StringBuilder();
                RedactingSink sink = new RedactingSink(redactor, out::append);
                sink.accept(line.substring(0, cut));
                sink.accept(line.substring(cut));
                sink.flush();
                assertThat(out.toString()).as("cut at %d", cut)
                        .isEqualTo("connecting with *** and -p*** and *** done\n");
            }
        }

        @Test
        @DisplayName("passes on whole lines as they come and the unfinished last line when flushed")
        void passesOnWholeLines() {
            StringBuilder out = new StringBuilder();
            RedactingSink sink = new RedactingSink(redactor, out::append);
            sink.accept("one\ntw");
            assertThat(out).hasToString("one\n");
            sink.accept("o\nthr");
            assertThat(out).hasToString("one\ntwo\n");
            sink.flush();
            assertThat(out).hasToString("one\ntwo\nthr");
        }

        @Test
        @DisplayName("gives the same text as redacting it whole, however it is cut into pieces")
        void sameAsWholeForRandomCuts() {
            long seed = new Random().nextLong();
            Random random = new Random(seed);
            String text = "a -psecret1 b\nxoxp-9-8-7 c\ns3cr3t-value\nplain line\napi_key=zzz\n".repeat(20);
            for (int round = 0; round < 200; round++) {
                StringBuilder out = new StringBuilder();
                RedactingSink sink = new RedactingSink(redactor, out::append);
                int at = 0;
                while (at < text.length()) {
                    int next = Math.min(text.length(), at + 1 + random.nextInt(40));
                    sink.accept(text.substring(at, next));
                    at = next;
                }
                sink.flush();
                assertThat(out.toString()).as("seed %d", seed).isEqualTo(redactor.redact(text));
            }
        }
    }
}
