package dev.preflight.commands.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's text split into words. A word may be quoted ({@code "file uploads"}, also with typographic quotes,
 * which chat apps put in) to keep its spaces; {@link #raw()} gives back the words' text exactly as typed.
 */
final class Words {

    private static final String OPENING = "\"“„”";
    private static final String CLOSING = "\"”“";

    /** One word: its text without quotes, whether it was quoted, and where it stands in the source. */
    record Word(String text, boolean quoted, int start, int end) {
    }

    private final String source;
    private final List<Word> words;

    private Words(String source, List<Word> words) {
        this.source = source;
        this.words = List.copyOf(words);
    }

    static Words split(String source) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (isSpace(source.charAt(i))) {
                i++;
            } else if (OPENING.indexOf(source.charAt(i)) >= 0) {
                int close = closingQuote(source, i + 1);
                InvalidCommand.require(close >= 0, "Close the quote you opened: tick \"file uploads\"");
                words.add(new Word(oneLine(source.substring(i + 1, close)), true, i, close + 1));
                i = close + 1;
            } else {
                int start = i;
                while (i < source.length() && !isSpace(source.charAt(i))) {
                    i++;
                }
                words.add(new Word(source.substring(start, i), false, start, i));
            }
        }
        return new Words(source, words);
    }

    int size() {
        return words.size();
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    Word get(int index) {
        return words.get(index);
    }

    /** The words from {@code index} on. */
    Words from(int index) {
        return new Words(source, words.subList(Math.min(index, words.size()), words.size()));
    }

    /** The words before {@code index}. */
    Words before(int index) {
        return new Words(source, words.subList(0, index));
    }

    /** These words without the one at {@code index}. */
    Words without(int index) {
        List<Word> rest = new ArrayList<>(words);
        rest.remove(index);
        return new Words(source, rest);
    }

    /** The position of the first unquoted word equal to {@code text}, or -1. */
    int indexOf(String text) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).quoted() && words.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text these words span, as typed (quotes kept), on one line: line breaks and tabs become spaces. One
     * quoted word gives its text without the quotes.
     */
    String raw() {
        if (words.isEmpty()) {
            return "";
        }
        return words.size() == 1
                ? words.get(0).text()
                : oneLine(source.substring(words.get(0).start(), words.get(words.size() - 1).end()));
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static int closingQuote(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            if (CLOSING.indexOf(source.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
