package dev.preflight.commands.conversation;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The command grammar on what people type after {@code /deploy}. Lives in the grammar's package, in the bench
 * module, because the parser is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CommandParserBenchmark {

    @Param({"#12 status", "tick 3 5 7-9", "na 12 no uploads in this release", "stauts"})
    public String text;

    @Benchmark
    public Object parse() {
        return CommandParser.parse(text);
    }
}
