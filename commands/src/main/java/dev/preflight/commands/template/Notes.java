package dev.preflight.commands.template;

import java.util.regex.Pattern;

/**
 * Makes a note line safe to write under an item: a line that Markdown would read as a heading, quote,
 * list, code fence, rule or HTML block gets a backslash, so it stays text of the item it belongs to.
 */
final class Notes {
    private static final Pattern ORDERED = Pattern.compile("^(\\d+)([.)])");
    private static final String STRUCTURE = "#>`~-+*=_<";

    private Notes() {
    }

    static String escape(String line) {
        if (ORDERED.matcher(line).find()) {
            return ORDERED.matcher(line).replaceFirst("$1\\\\$2");
        }
        return STRUCTURE.indexOf(line.charAt(0)) >= 0 ? "\\" + line : line;
    }
}
