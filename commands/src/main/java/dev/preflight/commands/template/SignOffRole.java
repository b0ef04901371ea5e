package dev.preflight.commands.template;

/** A role of the sign-off block: "DevOps/Sysadmin" has the slug {@code devops-sysadmin}. */
public record SignOffRole(String slug, String name) {
    public SignOffRole {
        Lines.requireOneLine("slug", slug);
        Lines.requireOneLine("role name", name);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a role needs a slug");
        }
    }
}
