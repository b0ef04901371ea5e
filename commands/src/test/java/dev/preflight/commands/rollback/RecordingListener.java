package dev.preflight.commands.rollback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps every live message shown, and lets a test wait for the last version of one. */
final class RecordingListener implements RollbackListener {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<LiveMessage> shown = new ArrayList<>();

    @Override
    public synchronized void show(LiveMessage message) {
        shown.add(message);
        notifyAll();
    }

    synchronized List<LiveMessage> shown() {
        return List.copyOf(shown);
    }

    /** Waits for the {@code n}th finished message (1-based) and returns it. */
    synchronized LiveMessage finished(int n) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<LiveMessage> done = shown.stream().filter(LiveMessage::finished).toList();
            if (done.size() >= n) {
                return done.get(n - 1);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no finished message #" + n + " within " + PATIENCE + "; shown: " + shown);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
