package dev.preflight.commands.rollback;

import dev.preflight.commands.deployment.Mention;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may change a rollback: holders of any of the configured roles, by the same role → user ids mapping the
 * deployments use. A role with nobody mapped to it is open to anyone.
 */
final class Access {

    private final List<String> roles;
    private final Map<String, Set<String>> members;

    Access(List<String> roles, Map<String, Set<String>> members) {
        this.roles = List.copyOf(roles);
        this.members = Map.copyOf(members);
    }

    boolean permits(String user) {
        return roles.stream().anyMatch(role -> holders(role).isEmpty() || holders(role).contains(user));
    }

    /** One line saying which role {@code doing} (e.g. "run rollback steps") needs, and who holds it. */
    String refusal(String doing) {
        String who = roles.stream().flatMap(r -> holders(r).stream()).sorted().distinct()
                .map(Mention::of).collect(Collectors.joining(", "));
        return "Only " + String.join(" or ", roles) + " may " + doing + (who.isEmpty() ? "." : " (" + who + ").");
    }

    /** Who may: "devops-sysadmin (<@U1>, <@U2>)" or "devops-sysadmin (anyone: nobody is mapped to it)". */
    String describe() {
        return roles.stream().map(r -> r + (holders(r).isEmpty() ? " (anyone: nobody is mapped to it)"
                        : " (" + holders(r).stream().sorted().map(Mention::of)
                        .collect(Collectors.joining(", ")) + ")"))
                .collect(Collectors.joining(" or "));
    }

    private Set<String> holders(String role) {
        return members.getOrDefault(role, Set.of());
    }
}
