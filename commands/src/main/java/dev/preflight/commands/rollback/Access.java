package dev.preflight.commands.rollback;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.deployment.Mention;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may change a rollback: holders of any of the {@code rollback.roles}, by the same role → user ids mapping the
 * deployments use for sign-offs. A role with nobody mapped to it is open to anyone.
 */
final class Access {

    private final List<String> roles;
    private final AccessPolicy policy;

    Access(List<String> roles, AccessPolicy policy) {
        this.roles = List.copyOf(roles);
        this.policy = policy;
    }

    boolean permits(String user) {
        return roles.stream().anyMatch(role -> policy.mayActAs(user, role));
    }

    /** One line saying which role {@code doing} (e.g. "run rollback steps") needs, and who holds it. */
    String refusal(String doing) {
        String who = roles.stream().flatMap(r -> policy.holders(r).stream()).sorted().distinct()
                .map(Mention::of).collect(Collectors.joining(", "));
        return "Only " + String.join(" or ", roles) + " may " + doing + (who.isEmpty() ? "." : " (" + who + ").");
    }

    /** Who may: "devops-sysadmin (<@U1>, <@U2>)" or "devops-sysadmin (anyone: nobody is mapped to it)". */
    String describe() {
        return roles.stream().map(r -> r + (policy.isOpen(r) ? " (anyone: nobody is mapped to it)"
                        : " (" + policy.holders(r).stream().map(Mention::of).collect(Collectors.joining(", ")) + ")"))
                .collect(Collectors.joining(" or "));
    }
}
