package dev.preflight.commands.access;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy(
            Map.of("dev-lead", Set.of("U2", "U1"), "qa-lead", Set.of()), Set.of("U9"));

    @Test
    void onlyHoldersMayActForAMappedRole() {
        assertThat(policy.mayActAs("U1", "dev-lead")).isTrue();
        assertThat(policy.mayActAs("U3", "dev-lead")).isFalse();
    }

    @Test
    void aRoleNobodyHoldsIsOpenToAnyone() {
        assertThat(policy.isOpen("qa-lead")).isTrue();
        assertThat(policy.isOpen("project-manager")).isTrue();
        assertThat(policy.mayActAs("U3", "qa-lead")).isTrue();
        assertThat(policy.isOpen("dev-lead")).isFalse();
    }

    @Test
    void holdersAreListedInAStableOrder() {
        assertThat(policy.holders("dev-lead")).containsExactly("U1", "U2");
    }

    @Test
    void adminsAreOnlyThoseConfigured() {
        assertThat(policy.isAdmin("U9")).isTrue();
        assertThat(policy.isAdmin("U1")).isFalse();
    }

    @Test
    void laterChangesToTheGivenMapsDoNotLeakIn() {
        Map<String, Set<String>> roles = new HashMap<>();
        roles.put("dev-lead", new HashSet<>(Set.of("U1")));
        AccessPolicy copy = new AccessPolicy(roles, Set.of());
        roles.get("dev-lead").add("U5");

        assertThat(copy.mayActAs("U5", "dev-lead")).isFalse();
    }
}
