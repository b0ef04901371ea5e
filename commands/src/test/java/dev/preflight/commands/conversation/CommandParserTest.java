package dev.preflight.commands.conversation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class CommandParserTest {

    static Command command(String text) {
        CommandParser.Result result = CommandParser.parse(text);
        assertThat(result).as("parsing %s", text).isInstanceOf(CommandParser.Result.Accepted.class);
        return ((CommandParser.Result.Accepted) result).command();
    }

    static String rejection(String text) {
        CommandParser.Result result = CommandParser.parse(text);
        assertThat(result).as("parsing %s", text).isInstanceOf(CommandParser.Result.Rejected.class);
        String message = ((CommandParser.Result.Rejected) result).message();
        assertThat(message).as("a rejection is one line").doesNotContain("\n").isNotBlank();
        return message;
    }

    static ItemRefs.Numbers numbers(int... firstLastPairs) {
        List<ItemRefs.Span> spans = new java.util.ArrayList<>();
        for (int i = 0; i < firstLastPairs.length; i += 2) {
            spans.add(new ItemRefs.Span(firstLastPairs[i], firstLastPairs[i + 1]));
        }
        return new ItemRefs.Numbers(spans);
    }

    @Nested
    class Start {

        @Test
        void takesTheNameAndDefaultsTheRest() {
            assertThat(command("start Release 2.4"))
                    .isEqualTo(new Command.Start("Release 2.4", Optional.empty(), Optional.empty()));
        }

        @Test
        void takesOptionsAnywhereAndInBothSpellings() {
            assertThat(command("start --env staging Release 2.4 --template=hotfix"))
                    .isEqualTo(new Command.Start("Release 2.4", Optional.of("hotfix"), Optional.of("staging")));
        }

        @Test
        void keepsAQuotedNameThatLooksLikeAnOption() {
            assertThat(command("start \"--weird name\""))
                    .isEqualTo(new Command.Start("--weird name", Optional.empty(), Optional.empty()));
        }

        @Test
        void aNameIsOneLine() {
            assertThat(((Command.Start) command("start \"Release\n2.4\"")).name()).isEqualTo("Release 2.4");
        }

        @Test
        void rejectsAMissingName() {
            assertThat(rejection("start --env staging")).contains("start <name>");
        }

        @Test
        void rejectsAnUnknownOption() {
            assertThat(rejection("start Release --color red")).contains("--template", "--env", "--color");
        }

        @Test
        void rejectsAnOptionWithoutValue() {
            assertThat(rejection("start Release --env")).contains("Give --env a value");
        }

        @Test
        void rejectsAnEnvironmentWithSpaces() {
            assertThat(rejection("start Release --env \"pre prod\"")).contains("--env staging");
        }
    }

    @Nested
    class Tick {

        @Test
        @DisplayName("numbers, lists and ranges, with spaces or commas")
        void numbersAndRanges() {
            assertThat(command("tick 3 5 7-9")).isEqualTo(new Command.Tick(numbers(3, 3, 5, 5, 7, 9)));
            assertThat(command("tick 3,5,7-9")).isEqualTo(new Command.Tick(numbers(3, 3, 5, 5, 7, 9)));
            assertThat(command("tick 7–9")).isEqualTo(new Command.Tick(numbers(7, 9)));
        }

        @Test
        void aNameOrFragment() {
            assertThat(command("tick Code Quality")).isEqualTo(new Command.Tick(new ItemRefs.Named("Code Quality")));
            assertThat(command("tick “file uploads”")).isEqualTo(new Command.Tick(new ItemRefs.Named("file uploads")));
        }

        @Test
        void quotedTextMayStartWithANumber() {
            assertThat(command("tick \"2 factor\"")).isEqualTo(new Command.Tick(new ItemRefs.Named("2 factor")));
        }

        @Test
        void untickTakesTheSameReferences() {
            assertThat(command("untick 5")).isEqualTo(new Command.Untick(numbers(5, 5)));
        }

        @Test
        void verbsIgnoreCase() {
            assertThat(command("TICK 5")).isEqualTo(new Command.Tick(numbers(5, 5)));
        }

        @Test
        void rejectsNoReference() {
            assertThat(rejection("tick")).contains("tick 3 5 7-9");
        }

        @Test
        void rejectsNumbersMixedWithText() {
            assertThat(rejection("tick 3 and 5")).contains("not both");
        }

        @Test
        void rejectsABackwardRange() {
            assertThat(rejection("tick 9-7")).contains("7-9");
        }

        @Test
        void rejectsItemZero() {
            assertThat(rejection("tick 0")).contains("from 1");
        }

        @Test
        void rejectsAnAbsurdNumber() {
            assertThat(rejection("tick 99999999999999999999")).contains("There is no item 99999999999999999999");
        }

        @Test
        void rejectsAnUnclosedQuote() {
            assertThat(rejection("tick \"file uploads")).contains("Close the quote");
        }
    }

    @Nested
    class NotApplicable {

        @Test
        @DisplayName("numbers first, then the reason")
        void numbersThenReason() {
            assertThat(command("na 12 14-15 no uploads in this release"))
                    .isEqualTo(new Command.MarkNotApplicable(numbers(12, 12, 14, 15), "no uploads in this release"));
        }

        @Test
        @DisplayName("a quoted reference, then the reason")
        void quotedReferenceThenReason() {
            assertThat(command("na \"file uploads\" no uploads in this release"))
                    .isEqualTo(new Command.MarkNotApplicable(new ItemRefs.Named("file uploads"), "no uploads in this release"));
        }

        @Test
        @DisplayName("a name, --, then the reason; also when a chat app turned -- into a dash")
        void separatedReference() {
            Command expected = new Command.MarkNotApplicable(new ItemRefs.Named("Analytics"), "no tracking yet");
            assertThat(command("na Analytics -- no tracking yet")).isEqualTo(expected);
            assertThat(command("na Analytics — no tracking yet")).isEqualTo(expected);
        }

        @Test
        @DisplayName("-- lets a reason start with a number")
        void reasonStartingWithANumber() {
            assertThat(command("na 12 -- 3rd party handles it"))
                    .isEqualTo(new Command.MarkNotApplicable(numbers(12, 12), "3rd party handles it"));
        }

        @Test
        void keepsTheReasonAsTyped() {
            assertThat(command("na 4 handled by \"ops\" team")).isEqualTo(
                    new Command.MarkNotApplicable(numbers(4, 4), "handled by \"ops\" team"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"na 12", "na 12 --", "na \"file uploads\"", "na Analytics --"})
        void rejectsAnEmptyReason(String text) {
            assertThat(rejection(text)).contains("Say why it does not apply");
        }

        @Test
        void rejectsAnUnseparatedName() {
            assertThat(rejection("na file uploads not needed")).contains("na \"file uploads\" <reason>");
        }
    }

    @Nested
    class SignOff {

        @Test
        void roleAndComment() {
            assertThat(command("signoff Dev-Lead reviewed the diff"))
                    .isEqualTo(new Command.SignOff("dev-lead", "reviewed the diff"));
            assertThat(command("sign-off qa-lead")).isEqualTo(new Command.SignOff("qa-lead", ""));
        }

        @Test
        void revoke() {
            assertThat(command("signoff revoke dev-lead")).isEqualTo(new Command.RevokeSignOff("dev-lead"));
        }

        @Test
        void rejectsNoRole() {
            assertThat(rejection("signoff")).contains("signoff dev-lead");
            assertThat(rejection("signoff revoke")).contains("signoff revoke dev-lead");
        }
    }

    @Nested
    class Others {

        @Test
        void commandsWithoutArguments() {
            assertThat(command("status")).isEqualTo(new Command.ShowStatus());
            assertThat(command("list")).isEqualTo(new Command.ListActive());
            assertThat(command("log")).isEqualTo(new Command.ShowLog());
            assertThat(command("done")).isEqualTo(new Command.Complete(Optional.empty()));
        }

        @Test
        void rejectsArgumentsWhereNoneBelong() {
            assertThat(rejection("status please")).isEqualTo("status takes nothing after it: type status");
        }

        @Test
        void forcedDoneNeedsAReason() {
            assertThat(command("done --force outage fix")).isEqualTo(new Command.Complete(Optional.of("outage fix")));
            assertThat(rejection("done --force")).contains("done --force <reason>");
            assertThat(rejection("done now")).contains("done --force <reason>");
        }

        @Test
        void cancelNeedsAReason() {
            assertThat(command("cancel postponed to Monday")).isEqualTo(new Command.Cancel("postponed to Monday"));
            assertThat(rejection("cancel")).contains("cancel <reason>");
        }

        @Test
        void exportFormats() {
            assertThat(command("export")).isEqualTo(new Command.Export(Command.Export.Format.MD));
            assertThat(command("export --format json")).isEqualTo(new Command.Export(Command.Export.Format.JSON));
            assertThat(command("export --format=md")).isEqualTo(new Command.Export(Command.Export.Format.MD));
            assertThat(rejection("export --format pdf")).contains("md or json");
        }

        @Test
        void helpTopics() {
            assertThat(command("help")).isEqualTo(new Command.Help(Optional.empty()));
            assertThat(command("help n/a")).isEqualTo(new Command.Help(Optional.of(Verb.NA)));
            assertThat(rejection("help fly")).contains("no command called fly");
        }
    }

    @Nested
    class WhichDeployment {

        @ParameterizedTest
        @ValueSource(strings = {"#12 tick 5", "tick #12 5"})
        void anIdBeforeOrAfterTheVerb(String text) {
            CommandParser.Result.Accepted accepted = (CommandParser.Result.Accepted) CommandParser.parse(text);

            assertThat(accepted.deploymentId()).isEqualTo(OptionalLong.of(12));
            assertThat(accepted.command()).isEqualTo(new Command.Tick(numbers(5, 5)));
        }

        @Test
        void noIdMeansNone() {
            assertThat(((CommandParser.Result.Accepted) CommandParser.parse("status")).deploymentId()).isEmpty();
        }

        @Test
        void rejectsAnIdThatIsNotANumber() {
            assertThat(rejection("#abc status")).contains("like #12");
        }

        @Test
        void rejectsTwoIds() {
            assertThat(rejection("#12 tick #13 5")).contains("once");
        }
    }

    @Nested
    class Mistakes {

        @Test
        void unknownCommandSuggestsTheNearestOne() {
            assertThat(rejection("tik 5")).isEqualTo("There is no command tik. Did you mean tick? Type help to see them all.");
        }

        @Test
        void unknownCommandFarFromAnyKnownOne() {
            assertThat(rejection("deploy now")).isEqualTo("There is no command deploy. Type help to see them all.");
        }

        @Test
        void emptyText() {
            assertThat(rejection("   ")).contains("help");
        }

        @Test
        void textOverTheLimit() {
            assertThat(rejection("na 1 " + "x".repeat(100 * 1024))).contains("102,405 characters", "4,000");
        }

        @Test
        void textAtTheLimitIsFine() {
            String text = "cancel " + "x".repeat(InputGuard.MAX_LENGTH - 7);
            assertThat(command(text)).isInstanceOf(Command.Cancel.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"tick 5\u0000", "cancel \u001b[31mred", "na 3 \u202Eevil", "tick\u00075"})
        void controlCharacters(String text) {
            assertThat(rejection(text)).contains("control character");
        }

        @Test
        void newlinesAndTabsAreSpaces() {
            assertThat(command("tick\t3\n5")).isEqualTo(new Command.Tick(numbers(3, 3, 5, 5)));
        }
    }
}
