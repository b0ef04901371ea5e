package dev.preflight.commands.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateSummaryTest {

    @Test
    void countsWhatTheBundledTemplateAsksFor() {
        assertThat(TemplateSummary.lines(BundledTemplate.template())).startsWith(
                "Django Ecommerce - Production Deployment Checklist",
                "Version 1.0, last updated December 22, 2025",
                "181 items (169 required) in 11 sections, 9 of them numbered steps",
                "  Pre-Deployment (Development): 30 items (29 required)",
                "    Code Quality: 6 items (6 required)").endsWith(
                "Rollback plan: 5 steps; parameters: commit-hash",
                "Monitoring: 6 commands: check-application-status, view-error-logs, monitor-mysql-connections,"
                        + " check-disk-space, check-memory-usage, monitor-network-traffic",
                "Maintenance: 14 tasks: 3 daily, 3 weekly, 4 monthly, 4 quarterly",
                "Sign-off: 4 roles: project-manager (Project Manager), dev-lead (Dev Lead),"
                        + " devops-sysadmin (DevOps/Sysadmin), qa-lead (QA Lead)",
                "Environment: 18 variables, 6 secret");
    }

    @Test
    void neverShowsEnvironmentValues() {
        Template t = TemplateParser.parse(Markdown.withChecklist("## Production Environment Variables", "```env",
                "API_TOKEN=hunter2", "```"));
        assertThat(String.join("\n", TemplateSummary.lines(t))).doesNotContain("hunter2")
                .contains("Environment: 1 variable, 1 secret");
    }

    @Test
    void describesAMinimalTemplate() {
        assertThat(TemplateSummary.lines(TemplateParser.parse("## Ship\n- [ ] Tag (optional)\n"))).containsExactly(
                "(untitled template)", "1 item (0 required) in 1 section", "  Ship: 1 item (0 required)",
                "    (no subsection): 1 item (0 required)", "Rollback plan: 0 steps", "Monitoring: 0 commands",
                "Maintenance: 0 tasks", "Sign-off: 0 roles", "Environment: 0 variables");
    }
}
