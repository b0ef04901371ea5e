package dev.preflight.commands.template;

import org.commonmark.node.Heading;

import java.util.List;
import java.util.Locale;

/** Reads headings: the text as written, and the display name without decorations such as a leading ✅. */
final class Headings {
    private Headings() {
    }

    /** The heading's text as written: without the {@code ##} markers or the setext underline. */
    static String written(Heading heading, SourceText source) {
        List<String> spans = source.spans(heading);
        if (spans.size() == 1 && spans.get(0).stripLeading().startsWith("#")) {
            return atxContent(spans.get(0));
        }
        return String.join(" ", spans.subList(0, Math.max(1, spans.size() - 1)).stream()
                .map(String::strip).toList()).strip();
    }

    /** The content of an ATX heading line: without the opening {@code #}s and an optional closing run. */
    private static String atxContent(String line) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        while (start < line.length() && line.charAt(start) == '#') {
            start++;
        }
        int end = line.length();
        while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        int hashes = end;
        while (hashes > start && line.charAt(hashes - 1) == '#') {
            hashes--;
        }
        if (hashes < end && (hashes == start || line.charAt(hashes - 1) == ' ' || line.charAt(hashes - 1) == '\t')) {
            end = hashes;
        }
        return line.substring(start, end).strip();
    }

    /** The heading's text as Markdown would read it back after {@code ## }, closing a trailing {@code #}. */
    static String markdown(String level, String written) {
        return written.endsWith("#") ? level + " " + written + " #" : level + " " + written;
    }

    /** The name to show: the written text without leading or trailing symbols, emoji and marks. */
    static String displayName(String written) {
        int start = 0;
        int end = written.length();
        while (start < end && isDecoration(written.codePointAt(start))) {
            start += Character.charCount(written.codePointAt(start));
        }
        while (end > start && isDecoration(written.codePointBefore(end))) {
            end -= Character.charCount(written.codePointBefore(end));
        }
        return written.substring(start, end);
    }

    /** True when the heading marks its items optional with "(Optional)". */
    static boolean saysOptional(String written) {
        return written.toLowerCase(Locale.ROOT).contains("(optional");
    }

    private static boolean isDecoration(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.CONTROL || type == Character.UNASSIGNED;
    }
}
