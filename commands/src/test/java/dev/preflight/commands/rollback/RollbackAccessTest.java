package dev.preflight.commands.rollback;

import dev.preflight.commands.conversation.Reply;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Who may do what with a rollback")
class RollbackAccessTest {

    private static final Map<String, Set<String>> ROLES = Map.of(
            "devops-sysadmin", Set.of("U-ops", "U-ops2"),
            "dev-lead", Set.of("U-dev"));

    /** An action, the state it needs first (set up by a permitted person), and the command that performs it. */
    private record Action(String name, Consumer<Fixture> before, String command, boolean monitor) {
    }

    private static final List<Action> ACTIONS = List.of(
            new Action("read the plan", f -> { }, "", false),
            new Action("open a rollback", f -> { }, "start commit-hash=abc1234", false),
            new Action("run a step", f -> f.rollback("U-ops", "start commit-hash=abc1234"), "run", false),
            new Action("skip a step", f -> f.rollback("U-ops", "start commit-hash=abc1234"), "skip", false),
            new Action("abort", f -> f.rollback("U-ops", "start commit-hash=abc1234"), "abort", false),
            new Action("run a monitoring command", f -> { }, "check-disk-space", true));

    private static Fixture fixture(List<String> roles, Map<String, Set<String>> members) {
        return new Fixture(Plans.bundledTemplate(), new ScriptedRunner(), Fixture.settings().withRoles(roles),
                members);
    }

    private static List<Reply> perform(Fixture f, Action action, String user) {
        return action.monitor() ? f.monitor(user, action.command()) : f.rollback(user, action.command());
    }

    private static boolean refused(List<Reply> replies) {
        return replies.size() == 1 && replies.get(0) instanceof Reply.Whisper w && w.text().startsWith("Only ");
    }

    @Test
    @DisplayName("each role × each action: only devops-sysadmin changes anything; anyone reads the plan")
    void matrixForTheDefaultRole() {
        Map<String, Boolean> holdsRole = Map.of("U-ops", true, "U-dev", false, "U-nobody", false);
        for (Action action : ACTIONS) {
            for (Map.Entry<String, Boolean> user : holdsRole.entrySet()) {
                try (Fixture f = fixture(List.of("devops-sysadmin"), ROLES)) {
                    action.before().accept(f);
                    int before = f.store.events(f.id).size();
                    List<Reply> replies = perform(f, action, user.getKey());
                    boolean allowed = action.name().equals("read the plan") || user.getValue();
                    assertThat(refused(replies)).as("%s by %s", action.name(), user.getKey()).isEqualTo(!allowed);
                    if (!allowed) {
                        assertThat(((Reply.Whisper) replies.get(0)).text()).as(action.name())
                                .startsWith("Only devops-sysadmin may ").contains("<@U-ops>, <@U-ops2>");
                        assertThat(f.store.events(f.id)).hasSize(before);
                    } else if (!action.name().equals("read the plan")) {
                        if (action.monitor()) {
                            f.listener.finished(1);
                        }
                        assertThat(f.store.events(f.id).size()).as(action.name()).isGreaterThan(before);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("a refusal changes nothing in the log")
    void refusalChangesNothing() {
        try (Fixture f = fixture(List.of("devops-sysadmin"), ROLES)) {
            f.rollback("U-ops", "start commit-hash=abc1234");
            int before = f.store.events(f.id).size();
            for (String command : List.of("run", "skip", "abort", "approve", "start commit-hash=abc1234")) {
                assertThat(refused(f.rollback("U-dev", command))).as(command).isTrue();
            }
            assertThat(f.store.events(f.id)).hasSize(before);
        }
    }

    @Test
    void anyConfiguredRoleMayAct() {
        try (Fixture f = fixture(List.of("devops-sysadmin", "dev-lead"), ROLES)) {
            assertThat(Fixture.text(f.rollback("U-dev", "start commit-hash=abc1234"))).contains("Rollback opened");
            assertThat(Fixture.text(f.rollback("U-nobody", "run")))
                    .startsWith("(whisper) Only devops-sysadmin or dev-lead may run rollback steps");
        }
    }

    @Test
    @DisplayName("a role with nobody mapped to it is open to anyone")
    void unmappedRoleIsOpen() {
        try (Fixture f = fixture(List.of("devops-sysadmin"), Map.of("dev-lead", Set.of("U-dev")))) {
            assertThat(Fixture.text(f.rollback("U-nobody", "start commit-hash=abc1234"))).contains("Rollback opened");
            assertThat(Fixture.text(f.rollback("U-nobody", ""))).contains("devops-sysadmin (anyone: nobody is mapped");
        }
    }

    @Nested
    @DisplayName("with the two-person rule (approvals: 2)")
    class TwoPersonRule {
        private final ScriptedRunner runner = new ScriptedRunner();
        private final Fixture f = new Fixture(Plans.bundledTemplate(), runner,
                Fixture.settings().withApprovals(2), ROLES);

        @Test
        void noStepRunsBeforeASecondPersonApproves() {
            assertThat(Fixture.text(f.rollback("U-ops", "start commit-hash=abc1234")))
                    .contains("Two-person rule: before any step runs, someone other than <@U-ops>");
            assertThat(Fixture.text(f.rollback("U-ops", "run"))).contains("No step runs before a second approval");
            assertThat(Fixture.text(f.rollback("U-ops2", "run"))).contains("No step runs before a second approval");
            assertThat(runner.started()).isEmpty();
            f.close();
        }

        @Test
        void theOpenerCannotApproveTheirOwnRollback() {
            f.rollback("U-ops", "start commit-hash=abc1234");
            assertThat(Fixture.text(f.rollback("U-ops", "approve"))).contains("You opened this rollback");
            assertThat(f.log().open().orElseThrow().approvalsMissing()).isEqualTo(1);
            f.close();
        }

        @Test
        void approvalNeedsAPermittedRole() {
            f.rollback("U-ops", "start commit-hash=abc1234");
            assertThat(Fixture.text(f.rollback("U-dev", "approve")))
                    .startsWith("(whisper) Only devops-sysadmin may approve a rollback");
            f.close();
        }

        @Test
        void stepsRunOnceADifferentHolderApproved() {
            f.rollback("U-ops", "start commit-hash=abc1234");
            assertThat(Fixture.text(f.rollback("U-ops2", "approve"))).contains("Approved by <@U-ops2>");
            assertThat(Fixture.text(f.rollback("U-ops2", "approve"))).contains("needs no further approval");
            f.rollback("U-ops", "run");
            assertThat(f.listener.finished(1).text()).contains("✓ Exit 0");
            assertThat(Fixture.text(f.rollback("U-dev", ""))).contains("approved by <@U-ops2>");
            f.close();
        }

        @Test
        void aDryRunNeedsNoApproval() {
            f.rollback("U-ops", "start commit-hash=abc1234 --dry-run");
            assertThat(Fixture.text(f.rollback("U-ops", "run"))).contains("Dry run: shown to <@U-ops>");
            f.close();
        }
    }
}
