package dev.preflight.bot.rollback;

import dev.preflight.bot.console.ConsoleChat;
import dev.preflight.commands.rollback.LiveMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Rollback progress printed on the console")
class PrintingRollbackListenerTest {

    private static LiveMessage message(String text, String output, boolean finished) {
        return new LiveMessage("console", Optional.of("console-1"), "rollback/1/1", text, output, finished,
                finished ? List.of("rollback run 2") : List.of());
    }

    @Test
    @DisplayName("shows a step when it starts and when it ends, not the updates between, with mentions as names")
    void printsStartAndEndWithMentionsAsNames() {
        StringWriter out = new StringWriter();
        PrintingRollbackListener listener = new PrintingRollbackListener(new PrintWriter(out), ConsoleChat::asShown);

        listener.show(message("Step 1 running, for <@alice> …", "", false));
        listener.show(message("Step 1 running, for <@alice> …", "half", false));
        listener.show(message("Step 1 done, for <@alice>.", "all of it", true));

        assertThat(out.toString()).contains("Step 1 running, for @alice …").contains("Step 1 done, for @alice.")
                .contains("all of it").contains("  → rollback run 2")
                .doesNotContain("<@alice>").doesNotContain("half");
    }
}
