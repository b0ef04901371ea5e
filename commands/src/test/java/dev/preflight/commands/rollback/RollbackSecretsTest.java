package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Secrets in rollback output and commands")
class RollbackSecretsTest {

    @Test
    @DisplayName("never reach the thread or the store, even when split across pieces of output")
    void areRedactedFromOutput() {
        ScriptedRunner runner = new ScriptedRunner().exits(0, "connecting as admin:" + Fixture.SECRET.substring(0, 7),
                Fixture.SECRET.substring(7) + "\n", "token xoxb-12345-", "67890-abcdef\n",
                "mysql -u root -pTopSecret01\n", "customer ssn 123-45-6789\n");
        try (Fixture f = new Fixture(Plans.bundledTemplate(), runner,
                Fixture.settings().withRedactions(List.of("ssn (\\S+)")), Map.of())) {
            f.rollback("U1", "start commit-hash=abc1234");
            f.rollback("U1", "run");
            LiveMessage done = f.listener.finished(1);
            String everything = f.listener.shown() + f.outputs.all() + f.store.events(f.id);
            assertThat(done.output()).isEqualTo("connecting as admin:***\ntoken ***\nmysql -u root -p***\n"
                    + "customer ssn ***\n");
            for (String secret : List.of(Fixture.SECRET, "xoxb-12345", "TopSecret01", "123-45-6789")) {
                assertThat(everything).doesNotContain(secret);
            }
            assertThat(f.outputs.all()).contains("connecting as admin:***");
        }
    }

    @Test
    @DisplayName("a password written into a step's command is hidden in the plan and in the audit log")
    void areRedactedFromCommands() {
        ScriptedRunner runner = new ScriptedRunner();
        try (Fixture f = new Fixture(Plans.template(List.of(Plans.step(1,
                "mysql -u app -pWr1tten1n db < backup.sql"))), runner, Fixture.settings(), Map.of())) {
            assertThat(Fixture.text(f.rollback("U1", ""))).contains("mysql -u app -p*** db < backup.sql")
                    .doesNotContain("Wr1tten1n");
            f.rollback("U1", "start --dry-run");
            String dry = Fixture.text(f.rollback("U1", "run"));
            assertThat(dry).contains("-p***").doesNotContain("Wr1tten1n");
            assertThat(f.store.events(f.id).stream().map(RecordedEvent::event)
                    .filter(e -> e instanceof DeploymentEvent.RollbackStepRehearsed).toList().toString())
                    .contains("-p***").doesNotContain("Wr1tten1n");
            assertThat(runner.started()).isEmpty();
        }
    }
}
