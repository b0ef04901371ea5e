package dev.preflight.commands.template;

import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "Production Environment Variables": {@code NAME=value} lines of its {@code ```env} block. */
final class EnvironmentReader {
    private static final Pattern VARIABLE = Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^<.*>$");
    private static final List<String> SECRET_WORDS = List.of("PASSWORD", "SECRET", "KEY", "TOKEN");

    private final Warnings warnings;

    EnvironmentReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Secret when the name, or a {@code <placeholder>} value, says PASSWORD, SECRET, KEY or TOKEN. */
    static boolean isSecret(String name, String value) {
        return mentionsSecret(name) || PLACEHOLDER.matcher(value).matches() && mentionsSecret(value);
    }

    List<EnvVariable> read(List<Node> blocks) {
        List<EnvVariable> variables = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node block : blocks) {
            if (!Blocks.isCode(block)) {
                warnings.add(block, "only a ```env block of NAME=value lines is read under \""
                        + Part.ENVIRONMENT.heading() + "\"; this is ignored");
                continue;
            }
            for (Blocks.NumberedLine line : Blocks.codeLines(block)) {
                String text = line.text().strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                Matcher m = VARIABLE.matcher(text);
                if (!m.matches()) {
                    warnings.add(line.number(), "not a variable; write NAME=value");
                    continue;
                }
                Integer before = seen.putIfAbsent(m.group(1), line.number());
                if (before != null) {
                    warnings.add(line.number(), m.group(1) + " is already set on line " + before + "; ignored");
                    continue;
                }
                String value = m.group(2).strip();
                variables.add(new EnvVariable(m.group(1), value, isSecret(m.group(1), value)));
            }
        }
        return variables;
    }

    private static boolean mentionsSecret(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(upper::contains);
    }
}
