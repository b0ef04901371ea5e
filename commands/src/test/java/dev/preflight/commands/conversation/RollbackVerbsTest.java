package dev.preflight.commands.conversation;

import dev.preflight.commands.rollback.RollbackCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static dev.preflight.commands.conversation.CommandParserTest.command;
import static dev.preflight.commands.conversation.CommandParserTest.rejection;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The rollback and monitor verbs")
class RollbackVerbsTest {

    @Test
    void handsTheRestOfTheLineToTheRollbackGrammar() {
        assertThat(command("rollback")).isEqualTo(new Command.Rollback(new RollbackCommand.Show()));
        assertThat(command("rollback start commit-hash=abc1234 --dry-run")).isEqualTo(new Command.Rollback(
                new RollbackCommand.Start(Map.of("commit-hash", "abc1234"), true)));
        assertThat(command("#12 rollback run 2"))
                .isEqualTo(new Command.Rollback(new RollbackCommand.Run(Optional.of(2))));
    }

    @Test
    void rejectsWhatTheRollbackGrammarRejectsInOneLine() {
        assertThat(rejection("rollback explode")).startsWith("Type `rollback` for the plan");
    }

    @Test
    void readsMonitorWithOrWithoutAName() {
        assertThat(command("monitor")).isEqualTo(new Command.Monitor(""));
        assertThat(command("monitor check-disk-space")).isEqualTo(new Command.Monitor("check-disk-space"));
    }

    @Test
    void explainsBothInHelp() {
        assertThat(HelpHandler.overview()).contains("rollback [start <param>=<value> [--dry-run]", "monitor [name]");
    }
}
