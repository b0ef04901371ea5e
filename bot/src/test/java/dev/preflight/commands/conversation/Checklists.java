package dev.preflight.commands.conversation;

import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.Subsection;
import dev.preflight.commands.template.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The checklist sources the tests start deployments from, and how the store turns a source into a template. */
final class Checklists {

    static final String DJANGO = """
            # Django Ecommerce - Production Deployment Checklist

            ## Pre-Deployment (Development)

            ### ✅ Code Quality
            - [ ] Run `python manage.py check` to verify no errors
            - [ ] Remove `DEBUG = True` from production settings
            - [ ] Review all TODO comments in code
            - [ ] No hardcoded credentials in code

            ### ✅ Testing
            - [ ] Run all unit tests: `python manage.py test`
            - [ ] Test payment processing (Stripe)
            - [ ] Test file uploads (if applicable)

            ### ✅ Database
            - [ ] All migrations applied: `python manage.py migrate`
            - [ ] Database backups automated

            ## Performance Optimization

            ### ✅ Database
            - [ ] Database connection pooling enabled
            - [ ] Slow queries identified and optimized

            ## Third-Party Integrations

            ### ✅ Analytics (Optional)
            - [ ] Google Analytics configured

            ## Deployment Process

            ### ✅ Deployment Steps
            1. [ ] Clone/pull latest code from repository
            2. [ ] Run migrations: `python manage.py migrate`

            ## Sign-Off

            - Project Manager: _____________________ Date: _______
            - Dev Lead: _____________________ Date: _______
            - DevOps/Sysadmin: _____________________ Date: _______
            - QA Lead: _____________________ Date: _______
            """;

    static final String HOTFIX = """
            # Hotfix Checklist

            ## Hotfix

            ### ✅ Checks
            - [ ] Reproduce the bug
            - [ ] Fix verified on staging

            ## Sign-Off

            - Dev Lead: _____________________ Date: _______
            """;

    private static final List<SignOffRole> ROLES = List.of(new SignOffRole("project-manager", "Project Manager"),
            new SignOffRole("dev-lead", "Dev Lead"), new SignOffRole("devops-sysadmin", "DevOps/Sysadmin"),
            new SignOffRole("qa-lead", "QA Lead"));

    private static final Map<String, Template> PARSED = Map.of(DJANGO, django(), HOTFIX, hotfix());

    private Checklists() {
    }

    /** How the store reads a deployment's template snapshot. */
    static Function<String, Template> parser() {
        return source -> {
            Template t = PARSED.get(source);
            if (t == null) {
                throw new IllegalArgumentException("not a test checklist");
            }
            return t;
        };
    }

    private static Template django() {
        Numbering n = new Numbering();
        List<Section> sections = List.of(
                new Section("Pre-Deployment (Development)", List.of(
                        n.sub("Pre-Deployment (Development)", "Code Quality", false,
                                "Run `python manage.py check` to verify no errors",
                                "Remove `DEBUG = True` from production settings",
                                "Review all TODO comments in code", "No hardcoded credentials in code"),
                        n.sub("Pre-Deployment (Development)", "Testing", false,
                                "Run all unit tests: `python manage.py test`", "Test payment processing (Stripe)",
                                "Test file uploads (if applicable)"),
                        n.sub("Pre-Deployment (Development)", "Database", false,
                                "All migrations applied: `python manage.py migrate`", "Database backups automated"))),
                new Section("Performance Optimization", List.of(n.sub("Performance Optimization", "Database", false,
                        "Database connection pooling enabled", "Slow queries identified and optimized"))),
                new Section("Third-Party Integrations", List.of(n.sub("Third-Party Integrations", "Analytics", true,
                        "Google Analytics configured"))),
                new Section("Deployment Process", List.of(n.steps("Deployment Process", "Deployment Steps",
                        "Clone/pull latest code from repository", "Run migrations: `python manage.py migrate`"))));
        return new Template("Django Ecommerce - Production Deployment Checklist", "", sections, List.of(), List.of(),
                List.of(), List.of(), ROLES, "", "");
    }

    private static Template hotfix() {
        Numbering n = new Numbering();
        List<Section> sections = List.of(new Section("Hotfix", List.of(
                n.sub("Hotfix", "Checks", false, "Reproduce the bug", "Fix verified on staging"))));
        return new Template("Hotfix Checklist", "", sections, List.of(), List.of(), List.of(), List.of(),
                List.of(new SignOffRole("dev-lead", "Dev Lead")), "", "");
    }

    private static final class Numbering {
        private int next = 1;

        Subsection sub(String section, String name, boolean optional, String... texts) {
            List<Item> items = new ArrayList<>();
            for (String text : texts) {
                items.add(new Item(next++, 0, text, !optional, section, name));
            }
            return new Subsection(name, "✅ " + name + (optional ? " (Optional)" : ""), optional, items);
        }

        Subsection steps(String section, String name, String... texts) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                items.add(new Item(next++, i + 1, texts[i], true, section, name));
            }
            return new Subsection(name, "✅ " + name, false, items);
        }
    }
}
