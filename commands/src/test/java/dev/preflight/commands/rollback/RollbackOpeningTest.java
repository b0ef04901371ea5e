package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.DeploymentEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Reading the rollback plan and opening a run")
class RollbackOpeningTest {

    private final ScriptedRunner runner = new ScriptedRunner();
    private final Fixture f = new Fixture(Plans.bundledTemplate(), runner, Fixture.settings(),
            Map.of("devops-sysadmin", Set.of("U-ops", "U-ops2")));

    @AfterEach
    void close() {
        f.close();
    }

    @Nested
    @DisplayName("`rollback`")
    class Plan {
        @Test
        @DisplayName("lists the steps in order with their exact commands, the parameters and who may run them")
        void showsThePlan() {
            String text = Fixture.text(f.rollback("U-anyone", ""));
            assertThat(text).contains("1. Stop application\n    `sudo systemctl stop gunicorn`",
                    "2. Revert code to last working commit\n    `git revert <commit-hash>`",
                    "3. Restore database backup\n    `mysql -u ecommerce_user -p ecommerce_db < backup.sql`",
                    "5. Verify\n    `curl https://yourdomain.com`",
                    "Parameters: commit-hash (matching [0-9a-f]{7,40}).",
                    "devops-sysadmin (<@U-ops>, <@U-ops2>)",
                    "`rollback start commit-hash=<value>`");
            assertThat(text.indexOf("1. Stop")).isLessThan(text.indexOf("2. Revert"));
        }

        @Test
        void isReadableByAnyoneAndChangesNothing() {
            assertThat(f.rollback("U-anyone", "plan")).singleElement().isInstanceOf(Reply.Say.class);
            assertThat(f.rollbackEvents()).isEmpty();
        }

        @Test
        void saysSoWhenTheTemplateHasNoPlan() {
            try (Fixture empty = new Fixture(Plans.template(List.of()), runner, Fixture.settings(), Map.of())) {
                assertThat(Fixture.text(empty.rollback("U1", ""))).contains("no rollback plan");
                assertThat(Fixture.text(empty.rollback("U1", "start"))).contains("no rollback plan");
            }
        }
    }

    @Nested
    @DisplayName("`rollback start`")
    class Start {
        @Test
        void opensARunAndOffersTheFirstStep() {
            String text = Fixture.text(f.rollback("U-ops", "start commit-hash=abc1234"));
            assertThat(text).contains("Rollback opened by <@U-ops> with commit-hash=abc1234",
                    "Next: *Step 1 of 5 — Stop application*", "`$ sudo systemctl stop gunicorn`",
                    "`rollback run 1`");
            assertThat(f.rollbackEvents()).containsExactly(
                    new DeploymentEvent.RollbackStarted(Map.of("commit-hash", "abc1234"), false, 1));
            assertThat(runner.started()).isEmpty();
        }

        @Test
        @DisplayName("refuses each injection payload in one line, before anything is recorded or run")
        void refusesInjectionPayloads() {
            for (String payload : InjectionCorpus.PAYLOADS) {
                if (payload.isEmpty() || payload.chars().anyMatch(Character::isWhitespace)) {
                    continue;
                }
                List<Reply> replies = f.rollback("U-ops", "start commit-hash=" + payload);
                assertThat(replies).as(payload).singleElement().isInstanceOf(Reply.Whisper.class);
                String line = ((Reply.Whisper) replies.get(0)).text();
                assertThat(line).as(payload).startsWith("Refused: commit-hash").endsWith("Nothing was run.")
                        .doesNotContain("\n");
            }
            assertThat(f.rollbackEvents()).isEmpty();
            assertThat(runner.started()).isEmpty();
        }

        @Test
        @DisplayName("a payload with spaces or newlines never reaches the rules as one value, and is refused too")
        void refusesPayloadsThatSplitIntoWords() {
            for (String payload : InjectionCorpus.PAYLOADS) {
                assertThat(f.rollback("U-ops", "start commit-hash=" + payload)).as(payload)
                        .singleElement().isInstanceOf(Reply.Whisper.class);
            }
            assertThat(f.rollbackEvents()).isEmpty();
        }

        @Test
        void asksForMissingParametersAndRefusesUnknownOnes() {
            assertThat(Fixture.text(f.rollback("U-ops", "start"))).contains("needs commit-hash",
                    "`rollback start commit-hash=<value>`");
            assertThat(Fixture.text(f.rollback("U-ops", "start commit-hash=abc1234 branch=main")))
                    .contains("takes no parameter `branch`");
            assertThat(Fixture.text(f.rollback("U-ops", "start commit-hash=abc1234 commit-hash=abc1235")))
                    .contains("only once");
            assertThat(f.rollbackEvents()).isEmpty();
        }

        @Test
        void refusesASecondRunWhileOneIsOpen() {
            f.rollback("U-ops", "start commit-hash=abc1234");
            assertThat(Fixture.text(f.rollback("U-ops2", "start commit-hash=def5678")))
                    .contains("A rollback is open already (opened by <@U-ops>)");
            assertThat(f.rollbackEvents()).hasSize(1);
        }

        @Test
        void refusesATemplateThatPutsAPlaceholderInsideQuotes() {
            try (Fixture bad = new Fixture(Plans.template(List.of(Plans.step(1, "echo \"<commit-hash>\" | cat",
                    "commit-hash"))), runner, Fixture.settings(), Map.of())) {
                assertThat(Fixture.text(bad.rollback("U1", "start commit-hash=abc1234")))
                        .contains("Step 1 of the rollback plan cannot run safely", "inside quotes");
                assertThat(bad.rollbackEvents()).isEmpty();
            }
        }

        @Test
        void worksAfterOtherCommandsChangedTheDeployment() {
            f.store.appendElsewhere(f.id, new DeploymentEvent.Ticked(1));
            f.rollback("U-ops", "start commit-hash=abc1234");
            f.store.appendElsewhere(f.id, new DeploymentEvent.Ticked(2));
            f.rollback("U-ops", "run");
            assertThat(f.listener.finished(1).text()).contains("✓ Exit 0");
        }
    }

    @Nested
    @DisplayName("`rollback start ... --dry-run`")
    class DryRun {
        @Test
        @DisplayName("shows exactly what each step would execute, with the parameters filled in")
        void showsEveryCommandFilledIn() {
            String text = Fixture.text(f.rollback("U-ops", "start commit-hash=abc1234 --dry-run"));
            assertThat(text).contains("Dry run opened by <@U-ops>", "Nothing will be executed",
                    "1. Stop application\n    `$ sudo systemctl stop gunicorn`",
                    "2. Revert code to last working commit\n    `$ git revert abc1234`",
                    "3. Restore database backup\n    `$ /bin/sh -c 'mysql -u ecommerce_user -p ecommerce_db < backup.sql'`",
                    "5. Verify\n    `$ curl https://yourdomain.com`");
        }

        @Test
        @DisplayName("walks every step on `rollback run` without executing anything")
        void runsNothing() {
            f.rollback("U-ops", "start commit-hash=abc1234 --dry-run");
            String last = "";
            for (int i = 0; i < 5; i++) {
                last = Fixture.text(f.rollback("U-ops", "run"));
                assertThat(last).contains("Dry run: shown to <@U-ops>, nothing was executed.");
            }
            assertThat(last).contains("The dry run is complete: nothing was executed.");
            assertThat(runner.started()).isEmpty();
            assertThat(f.log().open()).isEmpty();
            assertThat(f.rollbackEvents()).filteredOn(e -> e instanceof DeploymentEvent.RollbackStepRehearsed)
                    .hasSize(5);
            assertThat(f.rollbackEvents()).noneMatch(e -> e instanceof DeploymentEvent.RollbackStepStarted
                    || e instanceof DeploymentEvent.RollbackStepFinished);
            assertThat(Fixture.text(f.rollback("U-ops", ""))).contains("✓ 1. Stop application — shown to <@U-ops>"
                    + " (dry run)");
            assertThat(Fixture.text(f.rollback("U-ops", "run"))).contains("No rollback is open");
        }
    }
}
