package dev.preflight.bot.slack.rollback;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buttons of a rollback step's message, one per command the step offers. Every action id and block id starts
 * with {@value #PREFIX}; a button's value is the command as the core reads it, with its deployment
 * ({@code #42 rollback run 2}), so that a click is that command typed by the clicker.
 */
final class RollbackButtons {

    static final String PREFIX = "pf-rb:";
    static final int MAX_BUTTONS = 25;
    static final int MAX_LABEL = 75;
    static final int MAX_VALUE = 2000;

    /** What a button may ask for: a rollback or monitoring command, never any other of the core's commands. */
    private static final Pattern VALUE = Pattern.compile("(?:#(\\d+) )?((?:rollback|monitor)(?: [^\\n]*)?)");
    private static final Pattern LIVE_KEY = Pattern.compile("(?:rollback|monitor)/(\\d+)/.*");
    private static final Pattern STEP = Pattern.compile("rollback (run|skip) (\\d+)");

    private RollbackButtons() {
    }

    /** The actions block for {@code commands}, or empty when there is none; {@code version} names the rendering. */
    static Optional<ActionsBlock> block(String liveKey, List<String> commands, int version) {
        OptionalLong deployment = deploymentOf(liveKey);
        List<BlockElement> buttons = new ArrayList<>();
        for (String command : commands) {
            String value = (deployment.isPresent() ? "#" + deployment.getAsLong() + " " : "") + command;
            if (buttons.size() == MAX_BUTTONS || value.length() > MAX_VALUE || !VALUE.matcher(value).matches()) {
                continue;
            }
            buttons.add(button(command, value, buttons.size()));
        }
        if (buttons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ActionsBlock.builder().blockId(PREFIX + "v" + HexFormat.of().toHexDigits(version))
                .elements(buttons).build());
    }

    /** The deployment whose step or monitoring command {@code liveKey} names ({@code rollback/42/17}). */
    static OptionalLong deploymentOf(String liveKey) {
        Matcher m = LIVE_KEY.matcher(liveKey);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** The command a button's value asks for, with its deployment ({@code #42 rollback run 2}); else empty. */
    static Optional<String> command(String value) {
        return value != null && VALUE.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    /** Whether the command monitors rather than rolls back: each click of it runs it again. */
    static boolean repeatable(String value) {
        Matcher m = VALUE.matcher(value);
        return m.matches() && m.group(2).startsWith("monitor");
    }

    private static ButtonElement button(String command, String value, int index) {
        ButtonElement.ButtonElementBuilder button = ButtonElement.builder().actionId(PREFIX + index).value(value);
        Matcher step = STEP.matcher(command);
        if (step.matches() && step.group(1).equals("run")) {
            return button.text(plain("Run step " + step.group(2))).style("primary").confirm(confirm(
                    "Run step " + step.group(2) + "?", "Preflight executes step " + step.group(2)
                            + " now, confirmed by you.", "Run it")).build();
        }
        if (step.matches()) {
            return button.text(plain("Skip step " + step.group(2))).build();
        }
        if (command.equals("rollback abort")) {
            return button.text(plain("Abort rollback")).style("danger").confirm(confirm("Abort the rollback?",
                    "No further step will run; a running step is killed at once.", "Abort")).build();
        }
        if (command.equals("rollback approve")) {
            return button.text(plain("Approve rollback")).style("primary").build();
        }
        if (command.startsWith("monitor ")) {
            return button.text(plain("Run again: " + command)).build();
        }
        return button.text(plain(command)).build();
    }

    private static ConfirmationDialogObject confirm(String title, String text, String yes) {
        return ConfirmationDialogObject.builder().title(plain(title)).text(plain(text)).confirm(plain(yes))
                .deny(plain("Cancel")).style(yes.equals("Abort") ? "danger" : "primary").build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(label(text)).emoji(true).build();
    }

    /** {@code text} cut to Slack's 75 characters of a button label, ending in an ellipsis when cut. */
    static String label(String text) {
        if (text.length() <= MAX_LABEL) {
            return text;
        }
        int cut = MAX_LABEL - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
