package dev.preflight.commands.rollback;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Reading `rollback ...`")
class RollbackCommandParserTest {

    private static RollbackCommand parse(String text) {
        return RollbackCommandParser.parse(text).command().orElseThrow();
    }

    private static String error(String text) {
        RollbackCommandParser.Parsed parsed = RollbackCommandParser.parse(text);
        assertThat(parsed.command()).as(text).isEmpty();
        return parsed.error();
    }

    @Test
    void readsEveryCommand() {
        assertThat(parse("")).isEqualTo(new RollbackCommand.Show());
        assertThat(parse("plan")).isEqualTo(new RollbackCommand.Show());
        assertThat(parse("start commit-hash=abc1234 --dry-run"))
                .isEqualTo(new RollbackCommand.Start(Map.of("commit-hash", "abc1234"), true));
        assertThat(parse("approve")).isEqualTo(new RollbackCommand.Approve());
        assertThat(parse("run")).isEqualTo(new RollbackCommand.Run(Optional.empty()));
        assertThat(parse("RUN 3")).isEqualTo(new RollbackCommand.Run(Optional.of(3)));
        assertThat(parse("retry")).isEqualTo(new RollbackCommand.Run(Optional.empty()));
        assertThat(parse("skip 2 done by hand")).isEqualTo(new RollbackCommand.Skip(Optional.of(2), "done by hand"));
        assertThat(parse("skip not needed")).isEqualTo(new RollbackCommand.Skip(Optional.empty(), "not needed"));
        assertThat(parse("abort wrong hash")).isEqualTo(new RollbackCommand.Abort("wrong hash"));
    }

    @Test
    void keepsEverythingAfterTheFirstEqualsSignInTheValue() {
        assertThat(parse("start ref=a=b")).isEqualTo(new RollbackCommand.Start(Map.of("ref", "a=b"), false));
    }

    @Test
    void saysWhatToTypeForAnythingElse() {
        assertThat(error("explode")).startsWith("Type `rollback` for the plan");
        assertThat(error("start abc1234")).contains("name=value");
        assertThat(error("start a=1 a=2")).isEqualTo("Give a only once.");
        assertThat(error("run three")).contains("`rollback run <step number>`");
    }
}
