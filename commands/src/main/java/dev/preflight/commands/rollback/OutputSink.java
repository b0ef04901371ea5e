package dev.preflight.commands.rollback;

/** Receives a running command's output, piece by piece, in order; pieces may split lines and words anywhere. */
@FunctionalInterface
public interface OutputSink {
    void accept(String text);
}
