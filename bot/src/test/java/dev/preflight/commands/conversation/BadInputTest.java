package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of mistake is answered with one line saying what is wrong and what to type instead; nothing changes. */
class BadInputTest extends ChatTest {

    private Deployment d;

    @BeforeEach
    void startDeployments() {
        d = chat.start("Release 2.4");
        chat.start("Finished");
        chat.type("U_ANN", "#2 cancel superseded");
        chat.type("U_BOB", "#1 tick 1");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments("an unknown command", "U_BOB", "tikc 2", "Did you mean tick?"),
                arguments("an unknown item number", "U_BOB", "tick 0", "Items are numbered from 1"),
                arguments("an out-of-range item number", "U_BOB", "tick 2 182", "There is no item 182: items run from 1 to 181"),
                arguments("a tick on a cancelled deployment", "U_BOB", "#2 tick 2", "nothing can change any more"),
                arguments("a sign-off for a role the user does not hold", "U_BOB", "signoff devops-sysadmin",
                        "Only <@U_OPS> may act as DevOps/Sysadmin"),
                arguments("an empty N/A reason", "U_BOB", "na 2 --", "Say why it does not apply"),
                arguments("a 100 KB argument", "U_BOB", "na 2 " + "x".repeat(100 * 1024), "keep it under 4,000"),
                arguments("a control character", "U_BOB", "tick 2\u0000", "control character (U+0000)"),
                arguments("an unknown #id", "U_BOB", "#77 tick 2", "There is no deployment #77"),
                arguments("an unknown role", "U_BOB", "signoff chef", "There is no role chef"),
                arguments("a forced completion by a non-admin", "U_BOB", "done --force because", "Only admins"),
                arguments("a cancel without reason", "U_BOB", "cancel", "cancel <reason>"),
                arguments("an export format that does not exist", "U_BOB", "export --format pdf", "md or json"),
                arguments("a range written backwards", "U_BOB", "tick 5-3", "3-5"));
    }

    @DisplayName("a mistake gets one clear line and changes nothing")
    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void answersInOneLineAndChangesNothing(String what, String user, String text, String expected) {
        long before1 = chat.events(1).size();
        long before2 = chat.events(2).size();

        String answer = Replies.mistake(chat.typeIn(Chat.thread(d.id()), user, text));

        assertThat(answer).contains(expected);
        assertThat(answer.length()).isLessThan(400);
        assertThat(chat.events(1)).hasSize((int) before1);
        assertThat(chat.events(2)).hasSize((int) before2);
    }
}
