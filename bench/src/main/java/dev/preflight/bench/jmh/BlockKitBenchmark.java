package dev.preflight.bench.jmh;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import dev.preflight.bench.seed.BundledThread;
import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.bot.slack.blocks.Draft;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.TimeFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Rendering the bundled checklist to Block Kit with half of its items ticked: the whole thread (as when a
 * deployment starts), one section (as after a tick), and the whole thread serialized to the JSON that is sent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BlockKitBenchmark {

    private static final Gson SNAKE_CASE = GsonFactory.createSnakeCase();

    private DeploymentMessages messages;
    private Deployment deployment;

    @Setup
    public void deployment() {
        Instant at = Instant.parse("2024-05-01T09:30:00Z");
        List<RecordedEvent> log = new ArrayList<>();
        log.add(new RecordedEvent(42, 1, at, "U01", "r1", new DeploymentEvent.Started("v2.3.1", "production",
                "C01", "production-deployment", BundledThread.templateSource())));
        log.add(new RecordedEvent(42, 2, at, "U01", "r2", new DeploymentEvent.ThreadLinked("1700000000.000100")));
        long sequence = 2;
        for (int item = 1; item <= 181; item += 2) {
            log.add(new RecordedEvent(42, ++sequence, at.plusSeconds(sequence), "U0" + (item % 5), "r" + sequence,
                    new DeploymentEvent.Ticked(item)));
        }
        deployment = Deployment.replay(log);
        messages = new DeploymentMessages(new TimeFormat(ZoneOffset.UTC, Clock.fixed(at, ZoneOffset.UTC)));
    }

    @Benchmark
    public List<Draft> renderThread() {
        return messages.thread(deployment);
    }

    @Benchmark
    public List<Draft> renderOneSection() {
        return messages.sections(deployment, Set.of(3));
    }

    /**
     * The same JSON from one Gson made once, against {@link #renderThreadToJson}, where {@code Draft.blocksJson}
     * makes a new Gson (and so rebuilds its reflective adapters) for every message.
     */
    @Benchmark
    public int renderThreadToJsonWithOneGson() {
        int length = 0;
        for (Draft d : messages.thread(deployment)) {
            length += d.blocks().isEmpty() ? 0 : SNAKE_CASE.toJson(d.blocks()).length();
        }
        return length;
    }

    @Benchmark
    public int renderThreadToJson() {
        int length = 0;
        for (Draft d : messages.thread(deployment)) {
            length += d.blocksJson().map(String::length).orElse(0);
        }
        return length;
    }
}
