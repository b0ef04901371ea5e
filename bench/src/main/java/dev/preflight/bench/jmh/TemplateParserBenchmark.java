package dev.preflight.bench.jmh;

import dev.preflight.bench.seed.BundledThread;
import dev.preflight.commands.template.Template;
import dev.preflight.commands.template.TemplateParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Parsing the bundled checklist (181 items), which happens for every template snapshot not yet cached. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TemplateParserBenchmark {

    private String source;

    @Setup
    public void read() {
        source = BundledThread.templateSource();
    }

    @Benchmark
    public Template parseBundledChecklist() {
        return TemplateParser.parse(source);
    }
}
