package dev.preflight.bot.slack.blocks;

import java.util.ArrayList;
import java.util.List;

/** Cuts text into pieces of bounded length at line breaks, so that nothing is lost to a length limit. */
final class TextChunks {

    private TextChunks() {
    }

    /** Joins {@code lines} with line breaks into as few pieces as possible, each at most {@code max} long. */
    static List<String> join(List<String> lines, int max) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            for (String piece : split(line, max)) {
                if (current.length() > 0 && current.length() + 1 + piece.length() > max) {
                    chunks.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.length() > 0 ? "\n" : "").append(piece);
            }
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** A cut at or before {@code max} that splits no surrogate pair, escape ({@code &amp;}) or mention. */
    private static int safeCut(String text, int max) {
        int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp > 0 && text.indexOf(';', amp) >= cut && text.indexOf(';', amp) - amp <= 6) {
            cut = amp;
        }
        int lt = text.lastIndexOf('<', cut - 1);
        if (lt > 0 && text.indexOf('>', lt) >= cut) {
            cut = lt;
        }
        return cut;
    }

    /** {@code text} cut at line breaks (or, for a longer line, at spaces, or anywhere) into pieces of at most {@code max}. */
    static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut <= 0) {
                cut = safeCut(rest, max);
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).replaceFirst("^[\\n ]", "");
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }
}
