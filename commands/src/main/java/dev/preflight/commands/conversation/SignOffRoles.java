package dev.preflight.commands.conversation;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.deployment.Mention;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.Template;

import java.util.stream.Collectors;

/** Messages about sign-off roles that signoff and signoff revoke share. */
final class SignOffRoles {

    private SignOffRoles() {
    }

    static String unknown(Template template, String typed, String example) {
        String roles = template.roles().stream().map(SignOffRole::slug).collect(Collectors.joining(", "));
        return "There is no role " + typed + " in this checklist; the roles are " + roles + ", e.g. " + example
                + " " + (template.roles().isEmpty() ? "dev-lead" : template.roles().get(0).slug());
    }

    static String notHolder(AccessPolicy access, SignOffRole role) {
        String holders = access.holders(role.slug()).stream().map(Mention::of).collect(Collectors.joining(", "));
        return "Only " + holders + " may act as " + role.name() + " (" + role.slug() + "); ask one of them.";
    }
}
