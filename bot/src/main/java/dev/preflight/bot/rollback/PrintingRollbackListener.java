package dev.preflight.bot.rollback;

import dev.preflight.commands.rollback.LiveMessage;
import dev.preflight.commands.rollback.RollbackListener;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;

/**
 * Shows rollback progress where messages cannot be edited in place, such as a terminal: each step's message is
 * printed when it starts and again, with its output, when it ends; the updates in between are left out.
 */
public final class PrintingRollbackListener implements RollbackListener {

    private final PrintWriter out;
    private final Set<String> started = new HashSet<>();

    public PrintingRollbackListener(PrintWriter out) {
        this.out = out;
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
            out.println(first && !message.finished() ? message.text() : message.render());
            if (!message.actions().isEmpty()) {
                out.println("  → " + String.join(" · ", message.actions()));
            }
            out.flush();
        }
    }
}
