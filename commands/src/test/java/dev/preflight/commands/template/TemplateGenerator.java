package dev.preflight.commands.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes random valid templates as Markdown, in varied shapes (parts in any order, setext or ATX headings,
 * decorations, loose and tight lists, notes under items), and remembers what a correct parser must read.
 */
final class TemplateGenerator {
    private static final String[] WORDS = {"deploy", "cache", "Zürich", "naïve", "日本語", "🚀", "✅", "x=1",
        "`make test`", "`a | b`", "**bold**", "_em_", "[docs](https://x.example/a_b)", "<host>", "C#", "a\\b",
        "100%", "&amp;", "|", "~", "->", "#", "(see below)", "e.g.,", "'quoted'", "\"dq\"", "Ünïcödé", "مرحبا",
        "*", "[x]", "1.", "<!-- c -->", "\t", "Ω"};
    private static final String[] NAME_WORDS = {"Database", "Ops", "Zürich", "Security", "日本", "Backups", "Q&A",
        "CI/CD", "web", "API", "Ω"};
    private static final String[] OPTIONAL_MARKS = {"(optional)", "(Optional, later)", "(if applicable)",
        "(IF APPLICABLE)", "(recommended)", "(Recommended)"};
    private static final String[] DECORATIONS = {"", "", "✅ ", "🚀 ", "⚠️ ", "✔ "};

    private final Random random;

    /** What the generated template holds. */
    record Expected(int sections, int subsections, List<String> itemTexts, List<Boolean> required, int steps,
            int env, int monitoring, int rollback, int maintenance, int roles, boolean version) {
    }

    record Generated(String markdown, Expected expected) {
    }

    TemplateGenerator(Random random) {
        this.random = random;
    }

    Generated next() {
        int[] counts = new int[8];
        List<Piece> pieces = new ArrayList<>();
        int sectionCount = 1 + random.nextInt(4);
        for (int s = 0; s < sectionCount; s++) {
            List<String> texts = new ArrayList<>();
            List<Boolean> required = new ArrayList<>();
            pieces.add(new Piece(checklist(s, texts, required, counts), texts, required));
        }
        if (random.nextBoolean()) {
            counts[3] = 1 + random.nextInt(4);
            pieces.add(Piece.of(environment(counts[3])));
        }
        if (random.nextBoolean()) {
            counts[4] = 1 + random.nextInt(4);
            pieces.add(Piece.of(script("Monitoring Commands", counts[4], false)));
        }
        if (random.nextBoolean()) {
            counts[5] = 1 + random.nextInt(4);
            pieces.add(Piece.of(script("Rollback Plan", counts[5], true)));
        }
        if (random.nextBoolean()) {
            counts[6] = 1 + random.nextInt(6);
            pieces.add(Piece.of(maintenance(counts[6])));
        }
        if (random.nextBoolean()) {
            counts[7] = 1 + random.nextInt(4);
            pieces.add(Piece.of(signOff(counts[7])));
        }
        Collections.shuffle(pieces, random);
        StringBuilder md = new StringBuilder();
        if (random.nextInt(4) > 0) {
            md.append(random.nextBoolean() ? "# " + words(4) : words(4) + "\n===").append("\n\n");
        }
        if (random.nextBoolean()) {
            md.append("Preamble ").append(words(8)).append("\n\n");
        }
        List<String> items = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        for (Piece piece : pieces) {
            md.append(piece.markdown()).append('\n');
            items.addAll(piece.texts());
            required.addAll(piece.required());
        }
        boolean version = random.nextBoolean();
        if (version) {
            md.append("---\n\n**Last Updated:** ").append(words(3)).append("\n**Version:** 1.").append(random.nextInt(9));
            md.append(random.nextBoolean() ? "\n\nSee " + words(3) + ":\n- README.md\n" : "\n");
        }
        return new Generated(md.toString(), new Expected(sectionCount, counts[0], items, required, counts[1],
                counts[3], counts[4], counts[5], counts[6], counts[7], version));
    }

    /** One ## section as Markdown, with the items it holds. */
    private record Piece(String markdown, List<String> texts, List<Boolean> required) {
        static Piece of(String markdown) {
            return new Piece(markdown, List.of(), List.of());
        }
    }

    private String checklist(int index, List<String> items, List<Boolean> required, int[] counts) {
        boolean optionalSection = random.nextInt(6) == 0;
        String name = "S" + index + " " + names(2) + (optionalSection ? " (Optional)" : "");
        StringBuilder md = new StringBuilder(heading(2, decoration() + name)).append("\n\n");
        int subsections = random.nextInt(4);
        if (subsections == 0 || random.nextBoolean()) {
            md.append(items(optionalSection, items, required, counts)).append('\n');
            counts[0]++;
        }
        for (int i = 0; i < subsections; i++) {
            boolean optional = optionalSection || random.nextInt(5) == 0;
            md.append(heading(3, decoration() + "T" + i + " " + names(2) + (optional ? " (optional)" : "")))
                    .append('\n').append(items(optional, items, required, counts)).append('\n');
            counts[0]++;
        }
        return md.toString();
    }

    private String items(boolean optionalGroup, List<String> texts, List<Boolean> required, int[] counts) {
        StringBuilder md = new StringBuilder();
        int n = 1 + random.nextInt(5);
        Boolean steps = null;
        for (int i = 0; i < n; i++) {
            boolean step = random.nextInt(3) == 0;
            if (steps != null && steps != step || random.nextInt(8) == 0) {
                md.append('\n');
            }
            steps = step;
            boolean optional = random.nextInt(5) == 0;
            String text = words(1 + random.nextInt(6)) + (optional ? " " + pick(OPTIONAL_MARKS) : "");
            String marker = step ? (1 + random.nextInt(30)) + (random.nextBoolean() ? ". " : ") ")
                    : pick(new String[] {"- ", "- ", "* ", "+ "});
            md.append(marker).append(pick(new String[] {"[ ] ", "[ ] ", "[x] ", "[X] "})).append(text).append('\n');
            if (random.nextInt(4) == 0) {
                md.append(" ".repeat(marker.length())).append("✔ ").append(words(3)).append('\n');
            }
            texts.add(text);
            required.add(!optionalGroup && !optional);
            counts[1] += step ? 1 : 0;
        }
        return md.toString();
    }

    private String environment(int n) {
        StringBuilder md = new StringBuilder(heading(2, "Production Environment Variables")).append("\n\n```env\n");
        for (int i = 0; i < n; i++) {
            md.append(random.nextBoolean() ? "# group\n" : "").append("VAR_").append(i).append('=')
                    .append(pick(new String[] {"<secret-key>", "plain", "", "a=b", "ünï", "`x`"})).append('\n');
        }
        return md.append("```\n").toString();
    }

    private String script(String part, int n, boolean numbered) {
        StringBuilder md = new StringBuilder(heading(2, part)).append("\n\n");
        if (random.nextBoolean()) {
            md.append("Intro ").append(words(5)).append("\n\n");
        }
        md.append("```bash\n");
        for (int i = 0; i < n; i++) {
            md.append("# ").append(numbered ? (i + 1) + ". " : "").append("Cmd").append(i).append(' ')
                    .append(names(2)).append('\n').append("echo ").append(words(3)).append(" <commit-hash>\n");
            md.append(random.nextBoolean() ? "  tail -n 5 < log.txt\n\n" : "\n");
        }
        return md.append("```\n").toString();
    }

    private String maintenance(int n) {
        StringBuilder md = new StringBuilder(heading(2, "Regular Maintenance")).append("\n\n");
        for (int i = 0; i < n; i++) {
            md.append(heading(3, decoration() + pick(new String[] {"Daily", "Weekly", "Monthly", "Quarterly"})))
                    .append('\n').append(random.nextBoolean() ? "- [ ] " : "- ").append(words(3)).append("\n\n");
        }
        return md.toString();
    }

    private String signOff(int n) {
        StringBuilder md = new StringBuilder("---\n\n").append(heading(2, "Sign-Off")).append("\n\n");
        for (int i = 0; i < n; i++) {
            md.append("- Role").append(i).append(' ').append(names(2)).append(": ____ Date: ___\n");
        }
        return md.toString();
    }

    private String heading(int level, String text) {
        if (level <= 2 && random.nextInt(4) == 0) {
            return text + "\n" + (level == 1 ? "=" : "-").repeat(1 + random.nextInt(5));
        }
        return "#".repeat(level) + " " + text + (random.nextInt(5) == 0 ? " " + "#".repeat(1 + random.nextInt(3)) : "");
    }

    private String words(int n) {
        StringBuilder text = new StringBuilder("w");
        for (int i = 0; i < n; i++) {
            text.append(' ').append(pick(WORDS));
        }
        return text.toString().strip();
    }

    private String names(int n) {
        StringBuilder text = new StringBuilder(pick(NAME_WORDS));
        for (int i = 1; i < n; i++) {
            text.append(' ').append(pick(NAME_WORDS));
        }
        return text.toString();
    }

    private String decoration() {
        return pick(DECORATIONS);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
