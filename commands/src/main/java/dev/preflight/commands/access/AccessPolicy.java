package dev.preflight.commands.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what: {@code roles} maps a sign-off role's slug ({@code dev-lead}) to the ids of the users who hold
 * it; {@code admins} may force a deployment to completion. A role that nobody holds is open to anyone.
 */
public record AccessPolicy(Map<String, Set<String>> roles, Set<String> admins) {

    public AccessPolicy {
        Map<String, Set<String>> copy = new HashMap<>();
        roles.forEach((role, users) -> {
            if (!users.isEmpty()) {
                copy.put(role, Set.copyOf(users));
            }
        });
        roles = Map.copyOf(copy);
        admins = Set.copyOf(admins);
    }

    /** Nobody holds a role and nobody is an admin: every role is open, forcing is impossible. */
    public static AccessPolicy open() {
        return new AccessPolicy(Map.of(), Set.of());
    }

    /** True when nobody is mapped to {@code role}, so anyone may sign off for it. */
    public boolean isOpen(String role) {
        return !roles.containsKey(role);
    }

    /** True when {@code user} may act for {@code role}: they hold it, or nobody does. */
    public boolean mayActAs(String user, String role) {
        return isOpen(role) || roles.get(role).contains(user);
    }

    public boolean isAdmin(String user) {
        return admins.contains(user);
    }

    /** The users who hold {@code role}, sorted so that messages are stable. */
    public List<String> holders(String role) {
        return roles.getOrDefault(role, Set.of()).stream().sorted().toList();
    }

    /** The admins, sorted. */
    public List<String> adminList() {
        return admins.stream().sorted().toList();
    }
}
