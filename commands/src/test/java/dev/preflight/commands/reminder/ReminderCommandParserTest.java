package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderCommandParserTest {

    static ReminderCommand parse(String text) {
        return ReminderCommandParser.parse(text);
    }

    @Nested
    @DisplayName("Understands")
    class Understands {

        @Test
        void list() {
            assertThat(parse("list")).isEqualTo(new ReminderCommand.ListOpen());
            assertThat(parse("  LIST ")).isEqualTo(new ReminderCommand.ListOpen());
        }

        @Test
        @DisplayName("done with task numbers, commas, ranges and all")
        void done() {
            assertThat(parse("done 1 1")).isEqualTo(new ReminderCommand.Done(1, Set.of(1)));
            assertThat(parse("done #12 1, 3")).isEqualTo(new ReminderCommand.Done(12, Set.of(1, 3)));
            assertThat(parse("done 4 1-3")).isEqualTo(new ReminderCommand.Done(4, Set.of(1, 2, 3)));
            assertThat(parse("done 4 2,4")).isEqualTo(new ReminderCommand.Done(4, Set.of(2, 4)));
            assertThat(parse("done 4 all")).isEqualTo(new ReminderCommand.Done(4, Set.of()));
        }

        @ParameterizedTest
        @CsvSource({"30m, PT30M", "2h, PT2H", "1d, PT24H", "1h30m, PT1H30M", "1w, PT168H", "2D, PT48H"})
        @DisplayName("snooze with m, h, d and w durations")
        void snooze(String typed, String expected) {
            assertThat(parse("snooze 3 " + typed)).isEqualTo(new ReminderCommand.Snooze(3, Duration.parse(expected)));
        }

        @Test
        @DisplayName("skip with a reason of several words, kept as typed")
        void skip() {
            assertThat(parse("skip 3 public  holiday, office closed"))
                    .isEqualTo(new ReminderCommand.Skip(3, "public  holiday, office closed"));
        }

        @Test
        @DisplayName("now with any cadence, in any case")
        void now() {
            assertThat(parse("now weekly")).isEqualTo(new ReminderCommand.Now(Cadence.WEEKLY));
            assertThat(parse("now Quarterly")).isEqualTo(new ReminderCommand.Now(Cadence.QUARTERLY));
        }

        @Test
        @DisplayName("report with and without --since")
        void report() {
            assertThat(parse("report")).isEqualTo(new ReminderCommand.Report(Optional.empty()));
            assertThat(parse("report --since 2024-03-01"))
                    .isEqualTo(new ReminderCommand.Report(Optional.of(LocalDate.parse("2024-03-01"))));
            assertThat(parse("report --since=2024-03-01"))
                    .isEqualTo(new ReminderCommand.Report(Optional.of(LocalDate.parse("2024-03-01"))));
        }
    }

    @Nested
    @DisplayName("Answers a mistake with one line saying what to type")
    class Mistakes {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "frobnicate", "list now", "done", "done 1", "done x 1", "done 1 0",
                "done 1 3-1", "done 1 one", "done 0 1", "snooze", "snooze 1", "snooze 1 soon", "snooze 1 0m",
                "snooze 1 31d", "snooze 1 2h extra", "skip", "skip 1", "skip one holiday", "now", "now yearly",
                "now weekly daily", "report --since", "report --since 2024-13-01", "report yesterday"})
        void mistake(String text) {
            ReminderCommand command = parse(text);

            assertThat(command).isInstanceOf(ReminderCommand.Mistake.class);
            String hint = ((ReminderCommand.Mistake) command).hint();
            assertThat(hint).doesNotContain("\n").contains("Type `remind");
        }

        @Test
        @DisplayName("naming the word it did not understand")
        void namesTheWord() {
            assertThat(((ReminderCommand.Mistake) parse("now yearly")).hint()).startsWith("`yearly` is no cadence.");
            assertThat(((ReminderCommand.Mistake) parse("done 2 x")).hint()).startsWith("`x` is no task number.");
        }

        @Test
        @DisplayName("and never throws, whatever is typed")
        void neverThrows() {
            long seed = System.nanoTime();
            Random random = new Random(seed);
            String[] words = {"list", "done", "snooze", "skip", "now", "report", "--since", "1", "#2", "-", ",", "all",
                    "2h", "0", "99999999999999", "weekly", "2024-02-30", "é", "\t", "1-", "-1", "1,,2"};
            for (int i = 0; i < 5_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(5); w >= 0; w--) {
                    text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
                }
                try {
                    assertThat(parse(text.toString())).isNotNull();
                } catch (RuntimeException | AssertionError e) {
                    throw new AssertionError("seed " + seed + ", text \"" + text + "\"", e);
                }
            }
        }
    }
}
