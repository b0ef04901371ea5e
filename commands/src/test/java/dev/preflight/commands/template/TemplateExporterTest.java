package dev.preflight.commands.template;

import static dev.preflight.commands.template.Markdown.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemplateExporterTest {

    @Nested
    @DisplayName("A template exports to Markdown that parses back to an equal template")
    class RoundTrip {
        @Test
        void writesItemsInTheirListsWithABlankLineWhereBulletsTurnIntoSteps() {
            Template t = TemplateParser.parse(lines("## Deploy", "- [ ] Check", "1. [x] Pull", "2. [ ] Build",
                    "* [ ] Relax"));
            assertThat(TemplateExporter.export(t)).isEqualTo(lines("## Deploy", "", "- [ ] Check", "",
                    "1. [ ] Pull", "2. [ ] Build", "", "- [ ] Relax"));
            assertThat(TemplateParser.parse(TemplateExporter.export(t))).isEqualTo(t);
        }

        @Test
        void keepsHeadingsThatEndInAHash() {
            Template t = TemplateParser.parse(lines("# Notes on C#", "## F# ##", "### C# tools", "- [ ] Restore"));
            String markdown = TemplateExporter.export(t);
            assertThat(markdown).contains("## F# #\n").contains("### C# tools\n");
            assertThat(TemplateParser.parse(markdown)).isEqualTo(t);
            assertThat(t.title()).isEqualTo("Notes on C#");
        }

        @Test
        void lengthensTheFenceAroundACommandThatContainsOne() {
            Template t = TemplateParser.parse(lines("## A", "- [ ] a", "## Monitoring Commands", "````bash",
                    "# Show the fence", "printf '%s\\n' '", "```", "'", "````"));
            assertThat(t.monitoring().get(0).command()).isEqualTo("printf '%s\\n' '\n```\n'");
            assertThat(TemplateExporter.export(t)).contains("````bash\n# Show the fence");
            assertThat(TemplateParser.parse(TemplateExporter.export(t))).isEqualTo(t);
        }

        @Test
        void keepsPreambleAndIntrosAsWrittenLineForLine() {
            String markdown = lines("# T", "", "[docs]: https://x.example", "    not code: a lazy line", "", "",
                    "Second paragraph.", "", "## A", "- [ ] a", "", "## Sign-Off", "", "Sign below.", "***",
                    "Really.", "", "- QA: ___");
            Template t = TemplateParser.parse(markdown);
            assertThat(t.preamble()).isEqualTo("[docs]: https://x.example\n    not code: a lazy line\n\n\n"
                    + "Second paragraph.");
            assertThat(t.intro(Part.SIGN_OFF)).isEqualTo("Sign below.\n***\nReally.");
            assertThat(TemplateParser.parse(TemplateExporter.export(t))).isEqualTo(t);
        }

        @Test
        void writesATemplateBuiltInCode() {
            Item item = new Item(1, 0, "Run tests", true, "Build", "");
            Template t = new Template("Release", "", List.of(new Section("Build", List.of(
                    new Subsection("", "", false, List.of(item))))), List.of(), List.of(),
                    List.of(new RollbackStep(1, "Revert", "git revert <commit-hash>", List.of("commit-hash"))),
                    List.of(new MaintenanceTask(Cadence.WEEKLY, "Rotate logs")),
                    List.of(new SignOffRole("qa-lead", "QA Lead")), "", "2.0");
            String markdown = TemplateExporter.export(t);
            assertThat(markdown).isEqualTo(lines("# Release", "", "## Build", "", "- [ ] Run tests", "",
                    "## Rollback Plan", "", "```bash", "# 1. Revert", "git revert <commit-hash>", "```", "",
                    "## Regular Maintenance", "", "### Weekly", "- [ ] Rotate logs", "", "---", "", "## Sign-Off",
                    "", "- QA Lead: _____________________ Date: _______", "", "---", "", "**Version:** 2.0"));
            assertThat(TemplateParser.parse(markdown)).isEqualTo(t);
        }
    }

    @Nested
    @DisplayName("A finished deployment exports as the filled-in checklist")
    class FilledIn {
        private final Template template = BundledTemplate.template();

        @Test
        void ticksCheckedItemsAndWritesNotesIndentedUnderThem() {
            String markdown = TemplateExporter.export(template, item -> item.number() == 1
                    ? ItemMark.checked("✔ alice · 2026-11-27 10:02 UTC")
                    : item.step() == 1 ? ItemMark.checked("✔ bob", "ran twice") : ItemMark.OPEN);
            assertThat(markdown).contains(lines("- [x] Run `python manage.py check` to verify no errors",
                    "  ✔ alice · 2026-11-27 10:02 UTC", "- [ ] Remove `DEBUG = True` from production settings"));
            assertThat(markdown).contains("1. [x] Clone/pull latest code from repository\n   ✔ bob\n   ran twice\n");
        }

        @Test
        void parsesBackToTheSameTemplate() {
            String markdown = TemplateExporter.export(template,
                    item -> new ItemMark(item.number() % 3 == 0, List.of("✔ carol · 2026-11-27", "note " + item.number())));
            assertThat(TemplateParser.parse(markdown)).isEqualTo(template);
            assertThat(TemplateParser.parseWithWarnings(markdown).warnings()).isEmpty();
        }

        @Test
        void escapesNotesThatMarkdownWouldReadAsStructure() {
            List<String> notes = List.of("# not a heading", "- not an item", "- [ ] not a box either",
                    "1. not a step", "```", "~~~", "---", "===", "> not a quote", "<div>", "* x", "+ y", "_ _ _",
                    "line one\nline two\r\n\r\n  line three  ");
            String markdown = TemplateExporter.export(template, item -> new ItemMark(true, notes));
            assertThat(markdown).contains(lines("- [x] Run `python manage.py check` to verify no errors",
                    "  \\# not a heading", "  \\- not an item", "  \\- [ ] not a box either", "  1\\. not a step",
                    "  \\```", "  \\~~~", "  \\---", "  \\===", "  \\> not a quote", "  \\<div>", "  \\* x",
                    "  \\+ y", "  \\_ _ _", "  line one", "  line two", "  line three"));
            ParsedTemplate back = TemplateParser.parseWithWarnings(markdown);
            assertThat(back.template()).isEqualTo(template);
            assertThat(back.warnings()).isEmpty();
        }

        @Test
        void leavesAnItemOpenWhenItHasNoMark() {
            assertThat(TemplateExporter.export(template, item -> null)).isEqualTo(TemplateExporter.export(template));
        }
    }
}
