package dev.preflight.commands.rollback;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A rollback step's command")
class CommandTemplateTest {

    private static final Map<String, String> HASH = Map.of("commit-hash", "abc1234");

    @Nested
    @DisplayName("without shell syntax")
    class ArgumentVector {
        @Test
        void runsAsAnArgumentVectorWithTheValueAsOneWord() {
            StepCommand c = new CommandTemplate("git revert <commit-hash>", List.of("commit-hash"))
                    .fill(HASH, List.of());
            assertThat(c.viaShell()).isFalse();
            assertThat(c.arguments()).containsExactly("git", "revert", "abc1234");
            assertThat(c.line()).isEqualTo("git revert abc1234");
        }

        @Test
        void keepsAValueWithSpacesOrQuotesAsOneArgument() {
            StepCommand c = new CommandTemplate("echo --rev=<v> done", List.of("v"))
                    .fill(Map.of("v", "a b'c"), List.of());
            assertThat(c.arguments()).containsExactly("echo", "--rev=a b'c", "done");
            assertThat(c.line()).isEqualTo("echo '--rev=a b'\\''c' done");
        }

        @Test
        void treatsUrlsAndPlainOptionsAsPlainText() {
            assertThat(new CommandTemplate("curl https://yourdomain.com", List.of()).needsShell()).isFalse();
            assertThat(new CommandTemplate("sudo systemctl stop gunicorn", List.of()).needsShell()).isFalse();
            assertThat(new CommandTemplate("df -h", List.of()).needsShell()).isFalse();
        }
    }

    @Nested
    @DisplayName("with shell syntax in the template's own text")
    class ThroughTheShell {
        @Test
        void runsThroughBinShWithTheValueSingleQuoted() {
            StepCommand c = new CommandTemplate("git show <commit-hash> | head -5", List.of("commit-hash"))
                    .fill(HASH, List.of());
            assertThat(c.viaShell()).isTrue();
            assertThat(c.arguments()).containsExactly("/bin/sh", "-c", "git show 'abc1234' | head -5");
        }

        @Test
        void recognisesRedirectionsPipesAndLists() {
            for (String text : List.of("mysql -u u -p db < backup.sql", "ps aux | grep gunicorn", "a > b", "a && b",
                    "a; b", "mysql -e \"SHOW PROCESSLIST;\"", "echo $HOME", "ls *.sql", "cd ~")) {
                assertThat(new CommandTemplate(text, List.of()).needsShell()).as(text).isTrue();
            }
        }

        @Test
        void aPlaceholderIsNotMistakenForARedirection() {
            assertThat(new CommandTemplate("git revert <commit-hash>", List.of("commit-hash")).needsShell())
                    .isFalse();
        }

        @Test
        @DisplayName("refuses a template that puts a placeholder inside quotes")
        void refusesPlaceholdersInsideQuotes() {
            CommandTemplate t = new CommandTemplate("echo \"rev <commit-hash>\" | cat", List.of("commit-hash"));
            assertThat(t.problem()).hasValue("<commit-hash> stands inside quotes; write it as a bare word");
            assertThatThrownBy(() -> t.fill(HASH, List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThat(new CommandTemplate("echo 'x' <commit-hash> \"y\" | cat", List.of("commit-hash")).problem())
                    .isEmpty();
        }
    }

    @Test
    void putsTheConfiguredPrefixFirst() {
        StepCommand plain = new CommandTemplate("git revert <commit-hash>", List.of("commit-hash"))
                .fill(HASH, List.of("sudo", "-n", "-u", "deploy"));
        StepCommand shell = new CommandTemplate("ps aux | grep x", List.of()).fill(Map.of(), List.of("nice"));
        assertThat(plain.arguments()).containsExactly("sudo", "-n", "-u", "deploy", "git", "revert", "abc1234");
        assertThat(shell.arguments()).containsExactly("nice", "/bin/sh", "-c", "ps aux | grep x");
    }
}
