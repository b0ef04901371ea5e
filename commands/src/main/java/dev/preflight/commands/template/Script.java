package dev.preflight.commands.template;

import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * A shell block cut at its {@code # comment} lines: each comment titles the command lines under it
 * (blank lines around a command are dropped). Shared by monitoring commands and the rollback plan.
 */
record Script(int line, String comment, String command) {

    /** The commented parts of {@code block}; command lines before the first comment are warned about. */
    static List<Script> split(Node block, Warnings warnings, String what) {
        List<Script> parts = new ArrayList<>();
        int line = 0;
        String comment = null;
        List<String> body = new ArrayList<>();
        for (Blocks.NumberedLine numbered : Blocks.codeLines(block)) {
            String stripped = numbered.text().strip();
            if (stripped.startsWith("#!")) {
                continue;
            }
            if (stripped.startsWith("#")) {
                if (comment != null) {
                    parts.add(new Script(line, comment, join(body)));
                }
                line = numbered.number();
                int hashes = 0;
                while (hashes < stripped.length() && stripped.charAt(hashes) == '#') {
                    hashes++;
                }
                comment = stripped.substring(hashes).strip();
                body.clear();
            } else if (comment != null) {
                body.add(numbered.text());
            } else if (!stripped.isEmpty()) {
                warnings.add(numbered.number(), "command before the first `# ...` comment is not part of any "
                        + what + "; put a `# Title` comment above it");
            }
        }
        if (comment != null) {
            parts.add(new Script(line, comment, join(body)));
        }
        return parts;
    }

    private static String join(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }
}
