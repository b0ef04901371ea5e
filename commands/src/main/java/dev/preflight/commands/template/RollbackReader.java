package dev.preflight.commands.template;

import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "Rollback Plan": each {@code # 1. Stop application} comment of its shell block starts a step;
 * {@code <name>} placeholders (letters, digits, dashes) in a step's command are its parameters.
 */
final class RollbackReader {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})\\s*[.):]\\s*(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("<([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)>");

    private final Warnings warnings;

    RollbackReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** The names of the {@code <placeholders>} in {@code command}, in order, each once. */
    static List<String> parameters(String command) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(command);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    List<RollbackStep> read(List<Node> blocks) {
        List<RollbackStep> steps = new ArrayList<>();
        for (Node block : blocks) {
            if (!Blocks.isCode(block)) {
                warnings.add(block, "only a ```bash block of `# 1. Step` comments and commands is read under \""
                        + Part.ROLLBACK.heading() + "\"; this is ignored");
                continue;
            }
            List<Script> parts = Script.split(block, warnings, "rollback step");
            if (parts.isEmpty()) {
                throw new TemplateException(SourceText.firstLine(block), "this rollback block has no step; start"
                        + " each step with a comment such as `# 1. Stop application`");
            }
            for (Script part : parts) {
                steps.add(step(steps.size() + 1, part));
            }
        }
        return steps;
    }

    private RollbackStep step(int number, Script part) {
        String title = part.comment();
        Matcher m = NUMBERED.matcher(title);
        if (m.matches()) {
            title = m.group(2).strip();
            if (Long.parseLong(m.group(1)) != number) {
                warnings.add(part.line(), "rollback step " + m.group(1) + " is step " + number
                        + " of the plan; it is numbered " + number);
            }
        }
        if (title.isEmpty()) {
            warnings.add(part.line(), "rollback step " + number + " has no title; write `# " + number
                    + ". What it does`");
        }
        return new RollbackStep(number, title, part.command(), parameters(part.command()));
    }
}
