package dev.preflight.bot.console;

import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.SectionView;
import dev.preflight.commands.deployment.TimeFormat;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows replies as a chat would: root messages at the left, a deployment's thread indented beneath it, boxes
 * as {@code [ ]}, {@code [x]} and {@code [-]} (not applicable). Messages that a chat updates in place are shown
 * again with only the lines that changed, marked {@code ✎}.
 */
final class ConsoleRenderer {

    private static final String BOT = "preflight";
    private static final String THREAD = "  │ ";
    private static final Pattern MENTION = Pattern.compile("<@([^>\\s]+)>");

    private final PrintWriter out;
    private final TimeFormat times;
    private final Map<String, List<String>> shown = new HashMap<>();

    ConsoleRenderer(PrintWriter out, TimeFormat times) {
        this.out = out;
        this.times = times;
    }

    void render(Reply reply, boolean inThread) {
        if (reply instanceof Reply.Say say) {
            message(BOT + ": ", say.text(), inThread);
        } else if (reply instanceof Reply.Whisper whisper) {
            message(BOT + " (only you): ", whisper.text(), inThread);
        } else if (reply instanceof Reply.Replayed replayed) {
            message(BOT + " (only you): ", replayed.text(), inThread);
        } else if (reply instanceof Reply.Opened opened) {
            opened(opened.deployment());
        } else if (reply instanceof Reply.Changed changed) {
            changed(changed);
        } else if (reply instanceof Reply.Document document) {
            message(BOT + ": ", "── " + document.fileName() + " ──\n" + document.content().stripTrailing()
                    + "\n── end of " + document.fileName() + " ──", inThread);
        } else {
            message(BOT + ": ", String.valueOf(reply), inThread);
        }
        out.flush();
    }

    private void opened(Deployment d) {
        out.println(BOT + ": " + plain(DeploymentView.title(d)));
        out.println(" ".repeat(BOT.length() + 2) + plain(rootLine(d)));
        shown.put(key(d, "root"), List.of(rootLine(d)));
        out.println(THREAD + "thread of #" + d.id() + " (type :thread " + d.id() + " to reply in it)");
        for (int i = 0; i < d.template().sections().size(); i++) {
            List<String> section = section(d, i);
            out.println(THREAD);
            section.forEach(line -> out.println(THREAD + plain(line)));
            shown.put(key(d, "section" + i), section);
        }
    }

    private void changed(Reply.Changed changed) {
        Deployment d = changed.deployment();
        updated(d, "root", List.of(rootLine(d)), "#" + d.id() + " ");
        for (int i : changed.sections().stream().sorted().toList()) {
            updated(d, "section" + i, section(d, i), THREAD);
        }
    }

    /** Prints the lines of a message that differ from what was last shown of it. */
    private void updated(Deployment d, String slot, List<String> now, String prefix) {
        List<String> before = shown.getOrDefault(key(d, slot), List.of());
        for (int i = 0; i < now.size(); i++) {
            if (i >= before.size() || !before.get(i).equals(now.get(i))) {
                out.println(prefix + "✎ " + plain(now.get(i)));
            }
        }
        shown.put(key(d, slot), now);
    }

    private String rootLine(Deployment d) {
        return DeploymentView.progress(d) + (d.isActive() && d.readyToComplete() ? " · ready to complete: type done" : "")
                + " · " + DeploymentView.state(d, times);
    }

    private List<String> section(Deployment d, int index) {
        List<String> lines = new ArrayList<>();
        lines.add("■ " + SectionView.heading(d, index));
        for (String line : SectionView.lines(d, index, times)) {
            lines.add(boxes(line));
        }
        return lines;
    }

    private void message(String who, String text, boolean inThread) {
        String indent = inThread ? THREAD : "";
        String[] lines = plain(text).split("\n", -1);
        out.println(indent + who + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.println(indent + " ".repeat(who.length()) + lines[i]);
        }
    }

    /** {@code 3. ☑ text} becomes {@code 3. [x] text}. */
    static String boxes(String line) {
        return line.replaceFirst("^(\\d+\\. )" + SectionView.OPEN, "$1[ ]")
                .replaceFirst("^(\\d+\\. )" + SectionView.DONE, "$1[x]")
                .replaceFirst("^(\\d+\\. )" + SectionView.NOT_APPLICABLE, "$1[-]");
    }

    /** Mentions as {@code @alice}: the console has no user directory. */
    static String plain(String text) {
        Matcher m = MENTION.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement("@" + r.group(1)));
    }

    private static String key(Deployment d, String slot) {
        return d.id() + ":" + slot;
    }
}
