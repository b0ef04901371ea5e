package dev.preflight.commands.rollback;

import dev.preflight.commands.template.EnvVariable;
import dev.preflight.commands.template.MonitoringCommand;
import dev.preflight.commands.template.RollbackStep;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.Template;

import java.util.List;

/** Templates for rollback tests: the bundled checklist's rollback plan, or steps of a test's own. */
final class Plans {

    private Plans() {
    }

    /** The five steps of the bundled template's "Rollback Plan". */
    static List<RollbackStep> bundled() {
        return List.of(
                new RollbackStep(1, "Stop application", "sudo systemctl stop gunicorn", List.of()),
                new RollbackStep(2, "Revert code to last working commit", "git revert <commit-hash>",
                        List.of("commit-hash")),
                new RollbackStep(3, "Restore database backup", "mysql -u ecommerce_user -p ecommerce_db < backup.sql",
                        List.of()),
                new RollbackStep(4, "Restart application", "sudo systemctl start gunicorn", List.of()),
                new RollbackStep(5, "Verify", "curl https://yourdomain.com", List.of()));
    }

    static List<MonitoringCommand> monitoring() {
        return List.of(new MonitoringCommand("check-disk-space", "Check disk space", "df -h"),
                new MonitoringCommand("check-application-status", "Check application status",
                        "ps aux | grep gunicorn"));
    }

    static Template template(List<RollbackStep> steps) {
        return new Template("Production Deployment Checklist", "", List.of(),
                List.of(new EnvVariable("DEBUG", "False", false),
                        new EnvVariable("DB_PASSWORD", "<database-password>", true)),
                monitoring(), steps, List.of(), List.of(new SignOffRole("devops-sysadmin", "DevOps/Sysadmin")),
                "", "");
    }

    static Template bundledTemplate() {
        return template(bundled());
    }

    static RollbackStep step(int number, String command, String... parameters) {
        return new RollbackStep(number, "Step " + number, command, List.of(parameters));
    }
}
