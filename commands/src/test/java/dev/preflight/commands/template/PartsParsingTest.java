package dev.preflight.commands.template;

import static dev.preflight.commands.template.Markdown.withChecklist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The sections that hold something other than items; each line of {@code withChecklist} text starts at line 7. */
class PartsParsingTest {

    private static ParsedTemplate parse(String... lines) {
        return TemplateParser.parseWithWarnings(withChecklist(lines));
    }

    @Test
    void aTemplateMayLeaveEveryPartOut() {
        Template t = parse().template();
        assertThat(t.environment()).isEmpty();
        assertThat(t.monitoring()).isEmpty();
        assertThat(t.rollback()).isEmpty();
        assertThat(t.maintenance()).isEmpty();
        assertThat(t.roles()).isEmpty();
        assertThat(t.lastUpdated()).isEmpty();
        assertThat(t.version()).isEmpty();
    }

    @Test
    void recognisesPartsByHeadingIgnoringCaseSpacingAndDecorations() {
        Template t = parse("## sign off", "- QA: ___", "## ✅ ROLLBACK PLAN", "```", "# 1. Undo", "undo", "```").template();
        assertThat(t.roles()).extracting(SignOffRole::slug).containsExactly("qa");
        assertThat(t.rollback()).hasSize(1);
        assertThat(t.sections()).extracting(Section::name).containsExactly("Checks");
    }

    @Nested
    @DisplayName("Production Environment Variables")
    class Environment {
        @Test
        void readsVariablesAndTellsSecretsByNameOrPlaceholder() {
            Template t = parse("## Production Environment Variables", "", "```env", "# database", "DB_HOST=db",
                    "", "DB_PASSWORD=<strong-password>", "export API_TOKEN = abc", "SIGNING=<signing-key>",
                    "PUBLIC_URL=https://key.example", "```").template();
            assertThat(t.environment()).extracting(EnvVariable::name, EnvVariable::value, EnvVariable::secret)
                    .containsExactly(tuple("DB_HOST", "db", false), tuple("DB_PASSWORD", "<strong-password>", true),
                            tuple("API_TOKEN", "abc", true), tuple("SIGNING", "<signing-key>", true),
                            tuple("PUBLIC_URL", "https://key.example", false));
        }

        @Test
        void warnsAboutLinesThatAreNotVariablesAndRepeatedNames() {
            ParsedTemplate p = parse("## Environment Variables", "```", "A=1", "not a variable", "A=2", "```",
                    "Prose after the block.");
            assertThat(p.template().environment()).extracting(EnvVariable::value).containsExactly("1");
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(10, 11, 13);
            assertThat(p.warnings().get(1).message()).contains("already set on line 9");
        }
    }

    @Nested
    @DisplayName("Monitoring Commands")
    class Monitoring {
        @Test
        void titlesEachCommandFromItsCommentWithASlugUsersType() {
            Template t = parse("## Monitoring Commands", "```bash", "# Check disk space", "df -h", "",
                    "# Überprüfe Speicher", "free -h", "vmstat 1 5", "```").template();
            assertThat(t.monitoring()).extracting(MonitoringCommand::slug, MonitoringCommand::title,
                    MonitoringCommand::command).containsExactly(tuple("check-disk-space", "Check disk space", "df -h"),
                    tuple("uberprufe-speicher", "Überprüfe Speicher", "free -h\nvmstat 1 5"));
        }

        @Test
        void warnsAboutCommandsWithoutTitleAndTitlesWithoutCommand() {
            ParsedTemplate p = parse("## Monitoring Commands", "```bash", "uptime", "# Nothing here", "# Load",
                    "uptime", "```");
            assertThat(p.template().monitoring()).extracting(MonitoringCommand::slug).containsExactly("load");
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(9, 10);
        }
    }

    @Nested
    @DisplayName("Rollback Plan")
    class Rollback {
        @Test
        void readsNumberedStepsWithTheirPlaceholderParameters() {
            Template t = parse("## Rollback Plan", "", "If something goes wrong:", "", "```bash",
                    "# 1. Revert", "git revert <commit-hash>", "", "# 2. Restore", "mysql db < backup.sql",
                    "# 3. Redeploy", "deploy <service> <commit-hash> <Build-2>", "# 4. Tell the team", "```")
                    .template();
            assertThat(t.intro(Part.ROLLBACK)).isEqualTo("If something goes wrong:");
            assertThat(t.rollback()).extracting(RollbackStep::number, RollbackStep::title, RollbackStep::parameters)
                    .containsExactly(tuple(1, "Revert", List.of("commit-hash")), tuple(2, "Restore", List.of()),
                            tuple(3, "Redeploy", List.of("service", "commit-hash", "Build-2")),
                            tuple(4, "Tell the team", List.of()));
            assertThat(t.rollback().get(3).command()).as("a manual step has no command").isEmpty();
        }

        @Test
        void numbersStepsByPositionAndWarnsWhenTheCommentSaysOtherwise() {
            ParsedTemplate p = parse("## Rollback Plan", "```bash", "# Stop", "stop", "# 5. Start", "start", "```");
            assertThat(p.template().rollback()).extracting(RollbackStep::number, RollbackStep::title)
                    .containsExactly(tuple(1, "Stop"), tuple(2, "Start"));
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(11);
        }
    }

    @Nested
    @DisplayName("Regular Maintenance")
    class Maintenance {
        @Test
        void readsTasksByCadenceAndNeverAsDeploymentItems() {
            Template t = parse("## Regular Maintenance", "### ✅ Daily", "- [ ] Check logs", "### Quarterly",
                    "- Audit", "### weekly", "- [x] Review alerts").template();
            assertThat(t.maintenance()).extracting(MaintenanceTask::cadence, MaintenanceTask::text).containsExactly(
                    tuple(Cadence.DAILY, "Check logs"), tuple(Cadence.QUARTERLY, "Audit"),
                    tuple(Cadence.WEEKLY, "Review alerts"));
            assertThat(t.items()).hasSize(1);
        }

        @Test
        void warnsAboutUnknownCadencesAndTasksWithoutOne() {
            ParsedTemplate p = parse("## Regular Maintenance", "- [ ] Whenever", "### Yearly", "- [ ] Renew",
                    "### Monthly", "- [ ] Patch");
            assertThat(p.template().maintenance()).extracting(MaintenanceTask::text).containsExactly("Patch");
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(8, 9);
            assertThat(p.warnings().get(1).message()).contains("\"Yearly\" is not a cadence");
        }
    }

    @Nested
    @DisplayName("Sign-Off")
    class SignOff {
        @Test
        void readsRolesWithSlugs() {
            Template t = parse("## Sign-Off", "", "- Project Manager: _____ Date: ___", "- DevOps/Sysadmin: ___",
                    "- [ ] QA Lead:").template();
            assertThat(t.roles()).extracting(SignOffRole::slug, SignOffRole::name).containsExactly(
                    tuple("project-manager", "Project Manager"), tuple("devops-sysadmin", "DevOps/Sysadmin"),
                    tuple("qa-lead", "QA Lead"));
        }

        @Test
        void warnsAboutLinesThatNameNoRole() {
            ParsedTemplate p = parse("## Sign-Off", "- Whoever feels like it", "- : ___", "- CTO: ___");
            assertThat(p.template().roles()).extracting(SignOffRole::slug).containsExactly("cto");
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(8, 9);
        }
    }

    @Nested
    @DisplayName("Last Updated, Version and footer")
    class VersionAndFooter {
        @Test
        void readsLastUpdatedVersionAndKeepsTheFooterAsWritten() {
            Template t = parse("---", "", "**Last Updated:** December 22, 2025", "**Version**: 1.0", "",
                    "For more information, see:", "- README.md", "", "- [docs](https://x.example)").template();
            assertThat(t.lastUpdated()).isEqualTo("December 22, 2025");
            assertThat(t.version()).isEqualTo("1.0");
            assertThat(t.footer()).isEqualTo("For more information, see:\n- README.md\n\n- [docs](https://x.example)");
        }

        @Test
        void readsTheVersionAnywhereButKeepsAFooterOnlyAtTheEnd() {
            ParsedTemplate p = TemplateParser.parseWithWarnings(Markdown.lines("# T", "", "**Version:** 2.1", "",
                    "Intro.", "", "## A", "- [ ] x"));
            assertThat(p.template().version()).isEqualTo("2.1");
            assertThat(p.template().preamble()).isEqualTo("Intro.");
            assertThat(p.template().footer()).isEmpty();
        }

        @Test
        void warnsAboutASecondVersionAndAboutBoxesInTheFooter() {
            ParsedTemplate p = parse("**Version:** 1", "", "**Version:** 2", "", "- [ ] late item");
            assertThat(p.template().version()).isEqualTo("1");
            assertThat(p.template().items()).hasSize(1);
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(9, 11);
        }
    }
}
