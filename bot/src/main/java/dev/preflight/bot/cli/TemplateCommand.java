package dev.preflight.bot.cli;

import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.ParsedTemplate;
import dev.preflight.commands.template.Template;
import dev.preflight.commands.template.TemplateException;
import dev.preflight.commands.template.TemplateExporter;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.commands.template.TemplateSummary;
import dev.preflight.commands.template.TemplateWarning;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code preflight template validate|show|export}: checks a checklist template file, summarises it, or
 * prints it back as Markdown. Without a file, {@code show} and {@code export} use the bundled template.
 * Problems are printed as {@code file:line: message}; output goes to the command line's out and err writers.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Check, summarise and export checklist templates.",
        subcommands = {TemplateCommand.Validate.class, TemplateCommand.Show.class, TemplateCommand.Export.class})
public class TemplateCommand implements Callable<Integer> {
    static final int INVALID = 1;
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    public TemplateCommand() {
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a template file. Exit 0 when it is usable, 1 with its errors; warnings either way.")
    static final class Validate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The Markdown template to check.")
        private Path file;

        @Override
        public Integer call() {
            Optional<ParsedTemplate> parsed = load(spec, file);
            parsed.ifPresent(p -> spec.commandLine().getOut().printf("%s: usable template, %d items (%d required), %s%n",
                    file, p.template().items().size(), p.template().items().stream().filter(Item::required).count(),
                    p.template().roles().size() == 1 ? "1 sign-off role" : p.template().roles().size() + " sign-off roles"));
            return parsed.isPresent() ? 0 : INVALID;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Summarise a template: items per section, rollback, monitoring, maintenance, roles.")
    static final class Show implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "The template; the bundled one when left out.")
        private Path file;

        @Override
        public Integer call() {
            return print(spec, file, (out, template) -> TemplateSummary.lines(template).forEach(out::println));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print a template as Markdown in its own shape.")
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "The template; the bundled one when left out.")
        private Path file;

        @Override
        public Integer call() {
            return print(spec, file, (out, template) -> out.print(TemplateExporter.export(template)));
        }
    }

    /** Prints the template in {@code file}, or the bundled one without a file, with {@code printer}: 0, or 1 when unusable. */
    private static int print(CommandSpec spec, Path file, BiConsumer<PrintWriter, Template> printer) {
        Optional<ParsedTemplate> parsed = file == null ? Optional.of(BundledTemplate.parsed()) : load(spec, file);
        PrintWriter out = spec.commandLine().getOut();
        parsed.ifPresent(p -> printer.accept(out, p.template()));
        out.flush();
        return parsed.isPresent() ? 0 : INVALID;
    }

    /** Reads and parses {@code file}, printing its warnings, or its error and nothing else. */
    private static Optional<ParsedTemplate> load(CommandSpec spec, Path file) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ParsedTemplate parsed = TemplateParser.parse(read(file));
            for (TemplateWarning warning : parsed.warnings()) {
                err.printf("%s:%d: warning: %s%n", file, warning.line(), warning.message());
            }
            return Optional.of(parsed);
        } catch (TemplateException e) {
            err.println(e.line() > 0 ? file + ":" + e.line() + ": error: " + e.reason() : file + ": error: " + e.reason());
        } catch (NoSuchFileException e) {
            err.println(file + ": error: no such file");
        } catch (IOException e) {
            err.println(file + ": error: cannot read it (" + e.getMessage() + ")");
        } finally {
            err.flush();
        }
        return Optional.empty();
    }

    /** At most one byte more than a template may have, so that the parser can say it is too large. */
    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(TemplateParser.MAX_BYTES + 1);
        }
    }
}
