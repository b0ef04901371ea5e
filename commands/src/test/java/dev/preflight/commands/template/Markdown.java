package dev.preflight.commands.template;

/** Builds Markdown for tests, one argument per line. */
final class Markdown {

    private Markdown() {
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A template with one checklist section, followed by {@code more}. */
    static String withChecklist(String... more) {
        return "# T\n\n## Checks\n\n- [ ] Run tests\n\n" + lines(more);
    }

    static ParsedTemplate parse(String... lines) {
        return TemplateParser.parseWithWarnings(lines(lines));
    }
}
