package dev.preflight.bot.slack.blocks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's mrkdwn: the three characters it reserves are escaped; long text is shortened where the reader sees it. */
final class Mrkdwn {

    static final String ELLIPSIS = "…";
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+>");

    private Mrkdwn() {
    }

    /** {@code text} with {@code &}, {@code <} and {@code >} escaped, so that it shows as typed. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Text from the core, escaped like {@link #escape} except its user mentions ({@code <@U123>}), which stay
     * mentions.
     */
    static String escapeKeepingMentions(String text) {
        Matcher m = MENTION.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            out.append(escape(text.substring(from, m.start()))).append(m.group());
            from = m.end();
        }
        return out.append(escape(text.substring(from))).toString();
    }

    /** A user mention that Slack renders as the person's name. */
    static String user(String userId) {
        return "<@" + userId + ">";
    }

    /**
     * {@code text} when it has at most {@code max} characters, else its longest prefix that ends at a word
     * boundary (or, lacking one, mid-word) followed by an ellipsis, {@code max} characters at most in all.
     * Never cuts through an escape sequence such as {@code &amp;} or a surrogate pair.
     */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        int space = text.lastIndexOf(' ', end);
        int cut = space > end / 2 ? space : end;
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
