package dev.preflight.commands.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads item references: {@code 3 5 7-9} (also {@code 3,5,7-9}), or one name or piece of text. */
final class RefsParser {

    private static final Pattern NUMBERS = Pattern.compile("\\d+(?:[-–]\\d+)?(?:,\\d+(?:[-–]\\d+)?)*,?");
    private static final Pattern SPAN = Pattern.compile("(\\d+)(?:[-–](\\d+))?");
    private static final int MAX_DIGITS = 6;

    private RefsParser() {
    }

    /** All of {@code words} as one reference. */
    static ItemRefs parse(Words words) {
        InvalidCommand.require(!words.isEmpty(), "Say which items: tick 3 5 7-9, tick Code Quality or tick file uploads");
        int numeric = leadingNumbers(words);
        if (numeric == words.size()) {
            return numbers(words);
        }
        InvalidCommand.require(numeric == 0, "Give item numbers (tick 3 5 7-9) or one name or piece of text"
                + " (tick Code Quality), not both; quote text that starts with a number: tick \"2 factor\"");
        return new ItemRefs.Named(words.raw());
    }

    /** How many words at the start are unquoted numbers or ranges. */
    static int leadingNumbers(Words words) {
        int count = 0;
        while (count < words.size() && isNumbers(words.get(count))) {
            count++;
        }
        return count;
    }

    static ItemRefs.Numbers numbers(Words words) {
        List<ItemRefs.Span> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String part : words.get(i).text().split(",")) {
                if (!part.isEmpty()) {
                    spans.add(span(part));
                }
            }
        }
        return new ItemRefs.Numbers(spans);
    }

    private static boolean isNumbers(Words.Word word) {
        return !word.quoted() && NUMBERS.matcher(word.text()).matches();
    }

    private static ItemRefs.Span span(String text) {
        Matcher m = SPAN.matcher(text);
        if (!m.matches()) {
            throw new AssertionError("checked against NUMBERS: " + text);
        }
        int first = number(m.group(1));
        return new ItemRefs.Span(first, m.group(2) == null ? first : number(m.group(2)));
    }

    private static int number(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        InvalidCommand.require(trimmed.length() <= MAX_DIGITS,
                "There is no item " + trimmed + "; type status to see the items and their numbers.");
        return Integer.parseInt(trimmed);
    }
}
