package dev.preflight.bot.rollback;

import java.util.List;

/** Kills a process and everything it started, children first so that none is left behind without a parent. */
final class ProcessTree {

    private static final int PASSES = 3;

    private ProcessTree() {
    }

    static void kill(ProcessHandle root) {
        for (int pass = 0; pass < PASSES; pass++) {
            List<ProcessHandle> descendants = root.descendants().toList();
            if (descendants.isEmpty()) {
                break;
            }
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
        root.destroyForcibly();
    }
}
