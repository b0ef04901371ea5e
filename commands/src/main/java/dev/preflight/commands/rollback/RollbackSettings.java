package dev.preflight.commands.rollback;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code rollback:} block of the settings (documented in docs/ROLLBACK.md).
 *
 * @param roles      role slugs whose holders may start, approve, run, skip and abort rollback steps and run
 *                   monitoring commands; anyone may read the plan
 * @param approvals  1, or 2 for the two-person rule: a second holder of one of {@code roles} approves first
 * @param timeout    how long one step may run before its whole process tree is killed
 * @param workdir    the directory commands run in (the bot's own when empty)
 * @param env        variables given to every command, on top of PATH, HOME, LANG and the like
 * @param prefix     words put before every command, e.g. {@code [sudo, -n, -u, deploy]}
 * @param parameters parameter name → the regular expression its whole value must match
 * @param redactions regular expressions whose matches (or first group, when they have one) are hidden in output
 * @param updateEvery how often a running step's message is updated at most
 */
public record RollbackSettings(List<String> roles, int approvals, Duration timeout, Optional<Path> workdir,
                               Map<String, String> env, List<String> prefix, Map<String, String> parameters,
                               List<String> redactions, Duration updateEvery) {

    public static final List<String> DEFAULT_ROLES = List.of("devops-sysadmin");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_UPDATE_EVERY = Duration.ofSeconds(1);

    public RollbackSettings {
        roles = List.copyOf(roles);
        env = Map.copyOf(env);
        prefix = List.copyOf(prefix);
        parameters = Map.copyOf(parameters);
        redactions = List.copyOf(redactions);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("rollback.roles names at least one role");
        }
        if (approvals != 1 && approvals != 2) {
            throw new IllegalArgumentException("rollback.approvals is 1 or 2, not " + approvals);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("rollback.timeout must be positive");
        }
        if (updateEvery.isNegative()) {
            throw new IllegalArgumentException("rollback.update-every may not be negative");
        }
        parameters.forEach((name, regex) -> compile("rollback.parameters." + name, regex));
        redactions.forEach(regex -> compile("rollback.redact", regex));
    }

    public static RollbackSettings defaults() {
        return new RollbackSettings(DEFAULT_ROLES, 1, DEFAULT_TIMEOUT, Optional.empty(), Map.of(), List.of(),
                Map.of(), List.of(), DEFAULT_UPDATE_EVERY);
    }

    public RollbackSettings withRoles(List<String> newRoles) {
        return new RollbackSettings(newRoles, approvals, timeout, workdir, env, prefix, parameters, redactions,
                updateEvery);
    }

    public RollbackSettings withApprovals(int newApprovals) {
        return new RollbackSettings(roles, newApprovals, timeout, workdir, env, prefix, parameters, redactions,
                updateEvery);
    }

    public RollbackSettings withTimeout(Duration newTimeout) {
        return new RollbackSettings(roles, approvals, newTimeout, workdir, env, prefix, parameters, redactions,
                updateEvery);
    }

    public RollbackSettings withUpdateEvery(Duration newUpdateEvery) {
        return new RollbackSettings(roles, approvals, timeout, workdir, env, prefix, parameters, redactions,
                newUpdateEvery);
    }

    public RollbackSettings withParameters(Map<String, String> newParameters) {
        return new RollbackSettings(roles, approvals, timeout, workdir, env, prefix, newParameters, redactions,
                updateEvery);
    }

    public RollbackSettings withRedactions(List<String> newRedactions) {
        return new RollbackSettings(roles, approvals, timeout, workdir, env, prefix, parameters, newRedactions,
                updateEvery);
    }

    public RollbackSettings withPrefix(List<String> newPrefix) {
        return new RollbackSettings(roles, approvals, timeout, workdir, env, newPrefix, parameters, redactions,
                updateEvery);
    }

    static Pattern compile(String key, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(key + " is not a regular expression: " + e.getDescription(), e);
        }
    }
}
