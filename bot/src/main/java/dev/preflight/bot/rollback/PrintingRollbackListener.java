package dev.preflight.bot.rollback;

import dev.preflight.commands.rollback.LiveMessage;
import dev.preflight.commands.rollback.RollbackListener;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Shows rollback progress where messages cannot be edited in place, such as a terminal: each step's message is
 * printed when it starts and again, with its output, when it ends; the updates in between are left out.
 */
public final class PrintingRollbackListener implements RollbackListener {

    private final PrintWriter out;
    private final UnaryOperator<String> look;
    private final Set<String> started = new HashSet<>();

    public PrintingRollbackListener(PrintWriter out) {
        this(out, UnaryOperator.identity());
    }

    /** Prints each message as {@code look} turns it, e.g. the console's way of showing mentions. */
    public PrintingRollbackListener(PrintWriter out, UnaryOperator<String> look) {
        this.out = out;
        this.look = look;
    }

    @Override
    public synchronized void show(LiveMessage message) {
        boolean first = started.add(message.key());
        if (!first && !message.finished()) {
            return;
        }
        if (message.finished()) {
            started.remove(message.key());
        }
        synchronized (out) {
            out.println(look.apply(first && !message.finished() ? message.text() : message.render()));
            if (!message.actions().isEmpty()) {
                out.println("  → " + String.join(" · ", message.actions()));
            }
            out.flush();
        }
    }
}
