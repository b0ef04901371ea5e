package dev.preflight.commands.template;

import static dev.preflight.commands.template.Markdown.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChecklistParsingTest {

    private static Template parse(String... lines) {
        return TemplateParser.parse(lines(lines));
    }

    @Nested
    @DisplayName("Sections and subsections")
    class Sections {
        @Test
        void readsTitlePreambleSectionsAndSubsectionsInOrder() {
            Template t = parse("# Shop release", "", "Read this first.", "", "## Build", "", "### ✅ Code",
                    "- [ ] Lint", "", "### Tests", "- [ ] Unit", "", "## Ship", "", "- [ ] Tag");
            assertThat(t.title()).isEqualTo("Shop release");
            assertThat(t.preamble()).isEqualTo("Read this first.");
            assertThat(t.sections()).extracting(Section::name).containsExactly("Build", "Ship");
            assertThat(t.sections().get(0).subsections()).extracting(Subsection::name).containsExactly("Code", "Tests");
        }

        @Test
        @DisplayName("the display name drops decorations; the heading keeps them for export")
        void displayNameDropsDecorations() {
            Template t = parse("## 🚀 Launch ⚠️", "### ✅ Code Quality", "- [ ] Lint");
            assertThat(t.sections().get(0).name()).isEqualTo("Launch");
            assertThat(t.sections().get(0).heading()).isEqualTo("🚀 Launch ⚠️");
            Subsection sub = t.sections().get(0).subsections().get(0);
            assertThat(sub.name()).isEqualTo("Code Quality");
            assertThat(sub.heading()).isEqualTo("✅ Code Quality");
        }

        @Test
        void itemsDirectlyUnderASectionFormASubsectionWithoutName() {
            Template t = parse("## Ship", "- [ ] Tag", "### Later", "- [ ] Announce");
            assertThat(t.sections().get(0).subsections()).extracting(Subsection::name).containsExactly("", "Later");
            assertThat(t.item(1)).map(Item::subsection).contains("");
        }

        @Test
        void readsSetextHeadingsAndClosingHashes() {
            Template t = parse("Shop", "====", "", "Build", "-----", "", "### C# tools ###", "- [ ] Restore");
            assertThat(t.title()).isEqualTo("Shop");
            assertThat(t.sections().get(0).name()).isEqualTo("Build");
            assertThat(t.sections().get(0).subsections().get(0).heading()).isEqualTo("C# tools");
        }

        @Test
        void dropsSectionsAndSubsectionsWithoutItemsWithAWarning() {
            ParsedTemplate p = Markdown.parse("## Notes", "", "Remember the milk.", "", "## Build", "### Empty",
                    "", "### Code", "- [ ] Lint");
            assertThat(p.template().sections()).extracting(Section::name).containsExactly("Build");
            assertThat(p.template().sections().get(0).subsections()).extracting(Subsection::name)
                    .containsExactly("Code");
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(1, 3, 6);
            assertThat(p.warnings().get(0).message()).contains("\"Notes\" has no `- [ ] item` lines");
            assertThat(p.warnings().get(2).message()).contains("\"Empty\"");
        }
    }

    @Nested
    @DisplayName("Items")
    class Items {
        @Test
        void numbersItemsOneToNInDocumentOrderAcrossSections() {
            Template t = parse("## A", "- [ ] one", "### B", "- [ ] two", "## C", "1. [ ] three", "2. [ ] four");
            assertThat(t.items()).extracting(Item::number).containsExactly(1, 2, 3, 4);
            assertThat(t.items()).extracting(Item::text).containsExactly("one", "two", "three", "four");
            assertThat(t.item(3)).map(Item::section).contains("C");
            assertThat(t.item(2)).map(Item::subsection).contains("B");
        }

        @Test
        void keepsInlineMarkdownSourceIncludingBackticks() {
            Template t = parse("## A", "- [ ] Run `mvn -q test` on **main** with [docs](https://x.example)  ");
            assertThat(t.item(1)).map(Item::text)
                    .contains("Run `mvn -q test` on **main** with [docs](https://x.example)");
        }

        @Test
        void keepsStepNumbersAsWritten() {
            Template t = parse("## Deploy", "1. [ ] Pull", "2. [ ] Build", "7) [ ] Smoke test", "", "- [ ] Relax");
            assertThat(t.items()).extracting(Item::step).containsExactly(1, 2, 7, 0);
            assertThat(t.items()).extracting(Item::isStep).containsExactly(true, true, true, false);
        }

        @Test
        void acceptsTickedBoxesAndEveryBulletCharacter() {
            Template t = parse("## A", "- [x] one", "* [X] two", "+ [ ] three", "-\t[ ] four");
            assertThat(t.items()).extracting(Item::text).containsExactly("one", "two", "three", "four");
        }

        @Test
        @DisplayName("only the first line is the item; further lines and nested lists are notes")
        void readsOnlyTheFirstLine() {
            Template t = parse("## A", "- [x] Run tests", "  ✔ alice · 2026-11-27 10:02 UTC",
                    "  - [ ] a nested box is a note too", "- [ ] Deploy", "lazy continuation");
            assertThat(t.items()).extracting(Item::text).containsExactly("Run tests", "Deploy");
        }

        @Test
        void warnsAboutBulletsWithoutABoxAndEmptyBoxes() {
            ParsedTemplate p = Markdown.parse("## A", "- [ ] real", "- just a bullet", "- [ ]", "- [ ]no space");
            assertThat(p.template().items()).extracting(Item::text).containsExactly("real");
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(3, 4, 5);
            assertThat(p.warnings().get(0).message()).contains("write `- [ ] just a bullet`");
        }
    }

    @Nested
    @DisplayName("Required or optional")
    class Optionality {
        @Test
        void anItemIsOptionalWhenItsTextSaysSo() {
            Template t = parse("## A", "- [ ] CDN (optional but recommended)", "- [ ] Uploads (If Applicable)",
                    "- [ ] 2FA (RECOMMENDED)", "- [ ] Certificate (Let's Encrypt recommended)",
                    "- [ ] optional without parentheses", "- [ ] Backups");
            assertThat(t.items()).extracting(Item::required).containsExactly(false, false, false, true, true, true);
        }

        @Test
        void everyItemOfAnOptionalSubsectionOrSectionIsOptional() {
            Template t = parse("## A", "### Analytics (Optional)", "- [ ] Tracking", "### Core", "- [ ] Login",
                    "## Extras (optional)", "- [ ] Confetti");
            assertThat(t.items()).extracting(Item::required).containsExactly(false, true, false);
            assertThat(t.sections().get(0).subsections()).extracting(Subsection::optional).containsExactly(true, false);
        }
    }

    @Nested
    @DisplayName("Lines it does not understand")
    class IgnoredLines {
        @Test
        void warnsWithTheLineOfEachIgnoredBlock() {
            ParsedTemplate p = Markdown.parse("# T", "", "## A", "", "Some prose.", "", "- [ ] item", "", "> quote",
                    "", "```", "code", "```", "", "#### Deep heading", "", "# Stray title", "", "<div>x</div>");
            assertThat(p.template().items()).hasSize(1);
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(5, 9, 11, 15, 17, 19);
            assertThat(p.warnings().get(0).message()).contains("only `### Subsection` headings and `- [ ] item`");
            assertThat(p.warnings().get(4).message()).contains("use ## for a section");
        }

        @Test
        void ignoresRulesCommentsAndLinkDefinitionsSilently() {
            ParsedTemplate p = Markdown.parse("## A", "- [ ] item", "", "---", "", "<!-- later -->", "",
                    "[docs]: https://x.example", "", "***");
            assertThat(p.warnings()).isEmpty();
        }

        @Test
        void warnsAboutBoxesBeforeTheFirstSectionButKeepsThemInThePreamble() {
            ParsedTemplate p = Markdown.parse("# T", "", "- [ ] stray", "", "## A", "- [ ] item");
            assertThat(p.template().items()).extracting(Item::text).containsExactly("item");
            assertThat(p.template().preamble()).isEqualTo("- [ ] stray");
            assertThat(p.warnings()).extracting(TemplateWarning::line).containsExactly(3);
        }
    }

    @Test
    void readsWindowsAndOldMacLineEndings() {
        Template crlf = TemplateParser.parse("## A\r\n- [ ] one\r\n- [ ] two\r\n");
        Template cr = TemplateParser.parse("## A\r- [ ] one\r- [ ] two\r");
        assertThat(crlf.items()).extracting(Item::text).isEqualTo(List.of("one", "two"));
        assertThat(cr).isEqualTo(crlf);
    }
}
