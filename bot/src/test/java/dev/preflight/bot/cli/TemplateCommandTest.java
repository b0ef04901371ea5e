package dev.preflight.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.commands.template.BundledTemplate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class TemplateCommandTest {
    private static final String GOOD = "# Release\n\n## Build\n\n- [ ] Lint\n- [ ] Test (optional)\n\nstray prose\n\n"
            + "## Sign-Off\n\n- QA Lead: ___\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine cli;

    @BeforeEach
    void wire() {
        cli = new CommandLine(new TemplateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
    }

    private int run(String... args) {
        return cli.execute(args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("template validate FILE")
    class Validate {
        @Test
        void acceptsAUsableTemplateAndPrintsItsWarningsWithFileAndLine() throws IOException {
            Path good = file("good.md", GOOD);
            assertThat(run("validate", good.toString())).isZero();
            assertThat(out.toString()).isEqualTo(good + ": usable template, 2 items (1 required), 1 sign-off role\n");
            assertThat(err.toString()).startsWith(good + ":8: warning: ");
        }

        @Test
        void refusesABrokenTemplateNamingTheLine() throws IOException {
            Path broken = file("broken.md", "## Build\n- [ ] Lint\n\n## Rollback Plan\n```bash\n# 1. Stop\n");
            assertThat(run("validate", broken.toString())).isEqualTo(TemplateCommand.INVALID);
            assertThat(err.toString()).isEqualTo(broken + ":5: error: this ``` code block is never closed;"
                    + " end it with a line of ```\n");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void refusesBytesThatAreNotUtf8() throws IOException {
            Path latin1 = Files.write(dir.resolve("latin1.md"), "## Café\n- [ ] Crème\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(run("validate", latin1.toString())).isEqualTo(TemplateCommand.INVALID);
            assertThat(err.toString()).startsWith(latin1 + ":1: error: the template is not UTF-8");
        }

        @Test
        void saysWhenTheFileDoesNotExist() {
            Path missing = dir.resolve("missing.md");
            assertThat(run("validate", missing.toString())).isEqualTo(TemplateCommand.INVALID);
            assertThat(err.toString()).isEqualTo(missing + ": error: no such file\n");
        }

        @Test
        void needsAFile() {
            assertThat(run("validate")).isEqualTo(TemplateCommand.USAGE);
            assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
        }
    }

    @Nested
    @DisplayName("template show [FILE]")
    class Show {
        @Test
        void summarisesTheBundledTemplateWithoutAFile() {
            assertThat(run("show")).isZero();
            assertThat(out.toString()).startsWith("Django Ecommerce - Production Deployment Checklist\n")
                    .contains("181 items (169 required) in 11 sections, 9 of them numbered steps\n")
                    .contains("Rollback plan: 5 steps; parameters: commit-hash\n")
                    .contains("Maintenance: 14 tasks: 3 daily, 3 weekly, 4 monthly, 4 quarterly\n")
                    .contains("Environment: 18 variables, 6 secret\n")
                    .doesNotContain("sk_live_xxx");
            assertThat(err.toString()).isEmpty();
        }

        @Test
        void summarisesAFile() throws IOException {
            assertThat(run("show", file("good.md", GOOD).toString())).isZero();
            assertThat(out.toString()).contains("  Build: 2 items (1 required)\n")
                    .contains("Sign-off: 1 role: qa-lead (QA Lead)\n");
            assertThat(err.toString()).contains(":8: warning: ");
        }
    }

    @Nested
    @DisplayName("template export [FILE]")
    class Export {
        @Test
        void printsTheBundledTemplateAsMarkdown() {
            assertThat(run("export")).isZero();
            assertThat(out.toString()).startsWith("# Django Ecommerce - Production Deployment Checklist\n\n")
                    .contains("### ✅ Code Quality\n- [ ] Run `python manage.py check` to verify no errors\n")
                    .endsWith("- Django Documentation: https://docs.djangoproject.com/\n");
        }

        @Test
        void printsAFileInItsOwnShape() throws IOException {
            assertThat(run("export", file("good.md", GOOD).toString())).isZero();
            assertThat(out.toString()).isEqualTo("# Release\n\n## Build\n\n- [ ] Lint\n- [ ] Test (optional)\n\n---\n\n"
                    + "## Sign-Off\n\n- QA Lead: _____________________ Date: _______\n");
        }
    }

    @Test
    void printsUsageWithoutASubcommand() {
        assertThat(run()).isEqualTo(TemplateCommand.USAGE);
        assertThat(err.toString()).contains("validate").contains("show").contains("export");
        assertThat(BundledTemplate.NAME).isEqualTo("production-deployment");
    }

    @Test
    void registersUnderATopLevelCommand() {
        @CommandLine.Command(name = "preflight")
        class Top {
        }
        CommandLine top = new CommandLine(new Top()).addSubcommand(new TemplateCommand());
        top.setOut(new PrintWriter(out));
        assertThat(top.execute("template", "show")).isZero();
        assertThat(out.toString()).startsWith("Django Ecommerce");
    }
}
