package dev.preflight.bot.slack.rollback;

import dev.preflight.bot.slack.interaction.Click;
import dev.preflight.commands.conversation.Invocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A press of a button in a rollback step's message: the button's command ({@code #42 rollback run 2}) on behalf of
 * the presser, handed to the core, which refuses anyone without the rollback role. The request id names the
 * message and the button, not the moment: a double click, or two people pressing the same button, is one request
 * and records once. Monitoring commands are the exception: each press of "Run again" runs it again.
 */
public final class RollbackClicks {

    /** The action ids of every rollback button, to register this handler for. */
    public static final Pattern ACTION_IDS = Pattern.compile("^" + Pattern.quote(RollbackButtons.PREFIX) + ".*");

    private static final Logger LOG = LoggerFactory.getLogger(RollbackClicks.class);

    private final Consumer<Invocation> core;

    /**
     * @param core carries out a command and answers in the invocation's thread, refusals only to its user
     */
    public RollbackClicks(Consumer<Invocation> core) {
        this.core = core;
    }

    /** Hands each rollback button pressed in {@code p} to the core. */
    public void click(Click p) {
        for (Click.Action action : p.actions()) {
            if (!ACTION_IDS.matcher(action.actionId()).matches()) {
                continue;
            }
            Optional<String> command = RollbackButtons.command(action.value().orElse(""));
            if (command.isEmpty()) {
                LOG.warn("ignoring a rollback button whose value is no rollback command");
                continue;
            }
            core.accept(new Invocation(p.user(), p.channel(), p.thread(),
                    requestId(p, action, command.get()), command.get()));
        }
    }

    private static String requestId(Click p, Click.Action action, String command) {
        String button = "slack:button:" + p.channel() + ":" + p.messageTs() + ":" + action.blockId()
                + ":" + action.actionId();
        return RollbackButtons.repeatable(command) ? button + ":" + action.actionTs() : button;
    }
}
