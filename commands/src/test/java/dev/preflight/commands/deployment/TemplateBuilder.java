package dev.preflight.commands.deployment;

import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.Subsection;
import dev.preflight.commands.template.Template;

import java.util.ArrayList;
import java.util.List;

/** Builds small templates by hand; items are numbered in the order they are added. */
public final class TemplateBuilder {

    private final List<Section> sections = new ArrayList<>();
    private final List<Subsection> subsections = new ArrayList<>();
    private final List<SignOffRole> roles = new ArrayList<>();
    private String section;
    private int next = 1;

    public TemplateBuilder section(String name) {
        closeSection();
        section = name;
        return this;
    }

    public TemplateBuilder subsection(String name, String... items) {
        return subsection(name, false, items);
    }

    public TemplateBuilder optionalSubsection(String name, String... items) {
        return subsection(name, true, items);
    }

    public TemplateBuilder steps(String name, String... items) {
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            list.add(new Item(next++, i + 1, items[i], true, section, name));
        }
        subsections.add(new Subsection(name, "✅ " + name, false, list));
        return this;
    }

    public TemplateBuilder role(String slug, String name) {
        roles.add(new SignOffRole(slug, name));
        return this;
    }

    public Template build() {
        closeSection();
        return new Template("Test Checklist", "", sections, List.of(), List.of(), List.of(), List.of(), roles,
                "2026-01-01", "1.0");
    }

    private TemplateBuilder subsection(String name, boolean optional, String... items) {
        List<Item> list = new ArrayList<>();
        for (String text : items) {
            list.add(new Item(next++, 0, text, !optional, section, name));
        }
        subsections.add(new Subsection(name, "✅ " + name, optional, list));
        return this;
    }

    private void closeSection() {
        if (section != null) {
            sections.add(new Section(section, subsections));
            subsections.clear();
        }
    }

    /**
     * The template the unit tests share: 10 items in 3 sections, "Database" used twice, an optional subsection,
     * numbered steps, and the four roles of the bundled checklist.
     */
    public static Template sample() {
        return new TemplateBuilder()
                .section("Pre-Deployment")
                .subsection("Code Quality", "Run `python manage.py check`", "Remove `DEBUG = True`",
                        "Review all TODO comments")
                .subsection("Database", "All migrations applied", "Database backups automated")
                .section("Performance")
                .subsection("Database", "Connection pooling enabled", "Slow queries optimized")
                .optionalSubsection("Analytics", "Google Analytics configured")
                .section("Deployment Process")
                .steps("Deployment Steps", "Pull latest code", "Run migrations: `python manage.py migrate`")
                .role("project-manager", "Project Manager")
                .role("dev-lead", "Dev Lead")
                .role("devops-sysadmin", "DevOps/Sysadmin")
                .role("qa-lead", "QA Lead")
                .build();
    }
}
