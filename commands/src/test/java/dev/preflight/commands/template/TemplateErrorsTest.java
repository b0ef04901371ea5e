package dev.preflight.commands.template;

import static dev.preflight.commands.template.Markdown.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A template that cannot be used is refused with the line that says why")
class TemplateErrorsTest {

    private static TemplateException refusal(String... lines) {
        return catchThrowableOfType(TemplateException.class, () -> TemplateParser.parse(lines(lines)));
    }

    @Nested
    @DisplayName("Structure")
    class Structure {
        @Test
        void refusesATemplateWithoutItems() {
            assertThat(refusal("# Empty", "", "Nothing to do.").line()).isEqualTo(1);
            assertThat(refusal("").getMessage()).contains("no checklist items");
            assertThat(refusal("## Sign-Off", "- QA: ___", "## Notes", "- not boxed").line()).isEqualTo(1);
        }

        @Test
        void refusesTwoSectionsOfTheSameName() {
            TemplateException e = refusal("## Security", "- [ ] a", "", "## security", "- [ ] b");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.getMessage()).contains("two sections named \"security\" (lines 1 and 4)");
            assertThat(refusal("## A", "- [ ] a", "## Sign-Off", "- QA: _", "## Sign Off", "- PM: _").line())
                    .isEqualTo(5);
        }

        @Test
        void refusesTwoSubsectionsOfTheSameNameInOneSection() {
            assertThat(refusal("## A", "### Database", "- [ ] a", "### ✅ database", "- [ ] b").line()).isEqualTo(4);
            assertThat(TemplateParser.parse(lines("## A", "### Database", "- [ ] a", "## B", "### Database",
                    "- [ ] b")).items()).as("the same subsection name in two sections is fine").hasSize(2);
        }

        @Test
        void refusesHeadingsWithoutAName() {
            assertThat(refusal("## A", "- [ ] a", "## ✅", "- [ ] b").line()).isEqualTo(3);
            assertThat(refusal("## A", "###", "- [ ] b").line()).isEqualTo(2);
        }

        @Test
        void refusesTwoMonitoringCommandsOrRolesWithTheSameSlug() {
            assertThat(refusal("## A", "- [ ] a", "## Monitoring Commands", "```", "# Disk", "df", "# disk!", "du",
                    "```").line()).isEqualTo(7);
            assertThat(refusal("## A", "- [ ] a", "## Sign-Off", "- QA Lead: _", "- QA-Lead: _").line()).isEqualTo(5);
        }
    }

    @Nested
    @DisplayName("Code blocks")
    class CodeBlocks {
        @Test
        void refusesACodeBlockThatIsNeverClosed() {
            TemplateException e = refusal("## A", "- [ ] a", "", "## Rollback Plan", "```bash", "# 1. Stop",
                    "stop", "", "## B", "- [ ] b");
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).contains("``` code block is never closed");
            assertThat(refusal("## A", "- [ ] a", "~~~~", "x", "~~~").line()).isEqualTo(3);
        }

        @Test
        void refusesAnUnclosedCodeBlockInsideAnItem() {
            assertThat(refusal("## A", "- [ ] a", "  ```", "  x", "- [ ] b").line()).isEqualTo(3);
        }

        @Test
        void refusesARollbackBlockWithoutAStep() {
            TemplateException e = refusal("## A", "- [ ] a", "## Rollback Plan", "", "```bash", "git revert HEAD",
                    "```");
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).contains("no step");
        }
    }

    @Nested
    @DisplayName("Bytes")
    class Bytes {
        @Test
        void refusesBytesThatAreNotUtf8NamingTheirLine() {
            byte[] latin1 = lines("## Café", "- [ ] Crème brûlée").getBytes(StandardCharsets.ISO_8859_1);
            TemplateException e = catchThrowableOfType(TemplateException.class, () -> TemplateParser.parse(latin1));
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.getMessage()).contains("not UTF-8");
            byte[] truncated = {'#', '#', ' ', 'A', '\n', '-', ' ', '[', ' ', ']', ' ', (byte) 0xE2, (byte) 0x9C};
            assertThat(catchThrowableOfType(TemplateException.class, () -> TemplateParser.parse(truncated)).line())
                    .isEqualTo(2);
        }

        @Test
        void acceptsUtf8WithOrWithoutAByteOrderMark() {
            byte[] text = lines("## Café", "- [ ] Crème ✅").getBytes(StandardCharsets.UTF_8);
            byte[] bom = new byte[text.length + 3];
            bom[0] = (byte) 0xEF;
            bom[1] = (byte) 0xBB;
            bom[2] = (byte) 0xBF;
            System.arraycopy(text, 0, bom, 3, text.length);
            assertThat(TemplateParser.parse(bom).template()).isEqualTo(TemplateParser.parse(text).template());
            assertThat(TemplateParser.parse(text).template().sections().get(0).name()).isEqualTo("Café");
        }

        @Test
        void refusesMoreThanOneMebibyteNamingTheLineWhereItPassesTheLimit() {
            String line = "- [ ] " + "x".repeat(1017) + "\n";
            String big = "## A\n" + line.repeat(1025);
            assertThat(big.length()).isGreaterThan(TemplateParser.MAX_BYTES);
            TemplateException e = catchThrowableOfType(TemplateException.class,
                    () -> TemplateParser.parse(big.getBytes(StandardCharsets.UTF_8)));
            assertThat(e.getMessage()).contains("larger than 1 MiB");
            assertThat(e.line()).isEqualTo(1025);
            assertThatThrownBy(() -> TemplateParser.parse(big)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("line 1025:");
        }

        @Test
        void acceptsExactlyOneMebibyte() {
            String head = "## A\n- [ ] a\n\n<!--";
            String tail = "-->\n";
            String full = head + "x".repeat(TemplateParser.MAX_BYTES - head.length() - tail.length()) + tail;
            assertThat(full.getBytes(StandardCharsets.UTF_8)).hasSize(TemplateParser.MAX_BYTES);
            assertThat(TemplateParser.parse(full.getBytes(StandardCharsets.UTF_8)).template().items()).hasSize(1);
        }
    }
}
