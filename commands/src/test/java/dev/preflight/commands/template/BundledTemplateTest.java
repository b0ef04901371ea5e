package dev.preflight.commands.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled production deployment checklist")
class BundledTemplateTest {
    private final Template template = BundledTemplate.template();

    @Test
    void parsesWithoutWarnings() {
        assertThat(BundledTemplate.parsed().warnings()).isEmpty();
        assertThat(BundledTemplate.NAME).isEqualTo("production-deployment");
    }

    @Nested
    @DisplayName("holds exactly")
    class Counts {
        @Test
        void elevenSectionsOfThirtyThreeSubsectionsWith181Items() {
            assertThat(template.sections()).hasSize(11);
            assertThat(template.sections().stream().mapToInt(s -> s.subsections().size()).sum()).isEqualTo(33);
            assertThat(template.items()).hasSize(181);
        }

        @Test
        void nineNumberedDeploymentSteps() {
            List<Item> steps = template.items().stream().filter(Item::isStep).toList();
            assertThat(steps).extracting(Item::step).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(steps).allMatch(i -> i.subsection().equals("Deployment Steps"));
        }

        @Test
        void fiveRollbackStepsNeedingACommitHash() {
            assertThat(template.rollback()).extracting(RollbackStep::number).containsExactly(1, 2, 3, 4, 5);
            assertThat(template.rollback()).flatExtracting(RollbackStep::parameters).containsExactly("commit-hash");
            assertThat(template.rollback().get(1).command()).isEqualTo("git revert <commit-hash>");
            assertThat(template.rollback().get(2).parameters()).as("`< backup.sql` is a redirect").isEmpty();
        }

        @Test
        void sixMonitoringCommands() {
            assertThat(template.monitoring()).extracting(MonitoringCommand::slug).containsExactly(
                    "check-application-status", "view-error-logs", "monitor-mysql-connections",
                    "check-disk-space", "check-memory-usage", "monitor-network-traffic");
            assertThat(template.monitoringCommand("check-disk-space")).map(MonitoringCommand::command)
                    .contains("df -h");
        }

        @Test
        void fourteenMaintenanceTasksByCadence() {
            Map<Cadence, Long> perCadence = template.maintenance().stream()
                    .collect(Collectors.groupingBy(MaintenanceTask::cadence, Collectors.counting()));
            assertThat(perCadence).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Cadence.DAILY, 3L, Cadence.WEEKLY, 3L, Cadence.MONTHLY, 4L, Cadence.QUARTERLY, 4L));
            assertThat(template.items()).noneMatch(i -> i.text().equals("Check error logs"));
        }

        @Test
        void fourSignOffRoles() {
            assertThat(template.roles()).extracting(SignOffRole::slug)
                    .containsExactly("project-manager", "dev-lead", "devops-sysadmin", "qa-lead");
            assertThat(template.role("devops-sysadmin")).map(SignOffRole::name).contains("DevOps/Sysadmin");
        }

        @Test
        void eighteenEnvironmentVariablesOfWhichSixSecret() {
            assertThat(template.environment()).hasSize(18);
            assertThat(template.environment().stream().filter(EnvVariable::secret).map(EnvVariable::name))
                    .containsExactly("SECRET_KEY", "MYSQL_PASSWORD", "EMAIL_HOST_PASSWORD", "STRIPE_PUBLIC_KEY",
                            "STRIPE_SECRET_KEY", "GOOGLE_CLIENT_SECRET");
        }
    }

    @Test
    void keepsTitlePreambleVersionAndFooter() {
        assertThat(template.title()).isEqualTo("Django Ecommerce - Production Deployment Checklist");
        assertThat(template.preamble()).startsWith("This checklist ensures");
        assertThat(template.lastUpdated()).isEqualTo("December 22, 2025");
        assertThat(template.version()).isEqualTo("1.0");
        assertThat(template.footer()).startsWith("For more information, see:").endsWith("docs.djangoproject.com/");
        assertThat(template.intro(Part.ROLLBACK)).isEqualTo("If something goes wrong:");
    }

    @Test
    void namesSubsectionsWithoutTheirCheckmark() {
        Subsection first = template.sections().get(0).subsections().get(0);
        assertThat(first.name()).isEqualTo("Code Quality");
        assertThat(first.heading()).isEqualTo("✅ Code Quality");
        assertThat(template.sections().get(0).name()).isEqualTo("Pre-Deployment (Development)");
    }

    @Test
    void keepsInlineCodeInItemText() {
        assertThat(template.item(1)).map(Item::text).contains("Run `python manage.py check` to verify no errors");
        assertThat(template.item(181)).map(Item::text).contains("Test from different browsers/devices");
    }

    @Test
    void marksTwelveItemsOptional() {
        assertThat(template.items().stream().filter(i -> !i.required())).hasSize(12);
        assertThat(item("Test file uploads (if applicable)").required()).isFalse();
        assertThat(item("Two-factor authentication enabled (recommended)").required()).isFalse();
        assertThat(item("Static files served from CDN (optional but recommended)").required()).isFalse();
        assertThat(item("Google Analytics configured").required()).as("under Analytics (Optional)").isFalse();
        assertThat(item("SSL certificate obtained (Let's Encrypt recommended)").required()).isTrue();
        assertThat(item("GDPR compliance verified (if EU users)").required()).isTrue();
    }

    private Item item(String text) {
        return template.items().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void exportsToItsOwnSourceLessTheBlankLinesOfTheEnvironmentBlock() {
        String source = BundledTemplate.source();
        int start = source.indexOf("```env\n");
        int end = source.indexOf("```", start + 6);
        String expected = source.substring(0, start)
                + source.substring(start, end).replaceAll("\n\n+", "\n")
                + source.substring(end);
        assertThat(TemplateExporter.export(template)).isEqualTo(expected);
    }

    @Test
    void exportParsesBackToAnEqualTemplate() {
        assertThat(TemplateParser.parse(TemplateExporter.export(template))).isEqualTo(template);
    }
}
