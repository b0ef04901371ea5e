package dev.preflight.bench.load;

import dev.preflight.bench.report.Results;
import dev.preflight.bench.seed.BundledThread;
import dev.preflight.bench.seed.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;

/**
 * Closed-loop load on a running Slack endpoint: {@code concurrency} clients each send correctly signed requests
 * back to back for the warm-up and then for the measured duration; prints throughput and latency percentiles
 * over every response of the measured window, per kind and overall, with the count of non-200s and errors.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Send signed Slack requests to a running server at a fixed concurrency and measure.")
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://127.0.0.1:3000/slack/events",
            description = "The endpoint (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--secret", defaultValue = "${env:SLACK_SIGNING_SECRET}",
            description = "The signing secret (default: $SLACK_SIGNING_SECRET).")
    String secret;

    @Option(names = {"-c", "--concurrency"}, defaultValue = "8", description = "Clients in the closed loop.")
    int concurrency;

    @Option(names = "--duration", defaultValue = "PT10S", description = "Measured time, ISO-8601 (PT10S).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "PT3S", description = "Unmeasured time first (PT3S).")
    Duration warmup;

    @Option(names = "--mix", defaultValue = "tick+status",
            description = "Kinds and weights: tick, status, start; e.g. tick+status or tick=3,status=1.")
    String mix;

    @Option(names = "--deployments", defaultValue = "1000", description = "Active deployments seeded (1..N).")
    int deployments;

    @Option(names = "--per-channel", defaultValue = "10", description = "Active deployments per channel, as seeded.")
    int perChannel;

    @Option(names = "--response-url", defaultValue = "http://127.0.0.1:3999/respond",
            description = "Base of the response_url in payloads (a fake Slack).")
    String responseUrl;

    @Option(names = "--server-pid", defaultValue = "0", description = "Server process, to report its CPU time.")
    long serverPid;

    @Option(names = "--db", description = "The server's SQLite file: clicks tick only items open in it, and the"
            + " ticks it committed are counted.")
    Path db;

    @Option(names = "--label", defaultValue = "server", description = "Names the server in the results.")
    String label;

    @Option(names = "--out", description = "Results file to append to.")
    Path out;

    @Option(names = "--seed", description = "Random seed (default: a new one each run, printed), so that a run"
            + " does not repeat the clicks of the run before it on the same store.")
    Long seed;

    @Override
    public Integer call() throws InterruptedException, ExecutionException, SQLException {
        if (secret == null || secret.isBlank()) {
            System.err.println("Give the signing secret with --secret or SLACK_SIGNING_SECRET.");
            return 2;
        }
        Mix parsed = Mix.parse(mix);
        long firstSeed = seed != null ? seed : System.nanoTime();
        OpenItems open = db == null ? OpenItems.unknown() : OpenItems.in(db, deployments);
        SlackForms forms = new SlackForms(new Fleet(deployments, perChannel), BundledThread.render(),
                BundledThread.renderAllTicked(), responseUrl, open);
        InetSocketAddress address = new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 80 : url.getPort());
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        Tally total = new Tally();
        long clientCpu;
        long serverCpu;
        long elapsed;
        long ticked;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Tally>> running = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                running.add(pool.submit(new Worker(address, url.getRawPath(), forms, parsed, secret, firstSeed + i,
                        measureFrom, end)));
            }
            Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            long cpu0 = CpuClock.ownNanos();
            long server0 = CpuClock.processNanos(serverPid);
            long ticked0 = ticked();
            for (Future<Tally> f : running) {
                total.addAll(f.get());
            }
            elapsed = Math.max(end, System.nanoTime()) - measureFrom;
            clientCpu = CpuClock.ownNanos() - cpu0;
            serverCpu = server0 < 0 ? -1 : CpuClock.processNanos(serverPid) - server0;
            ticked = ticked0 < 0 ? -1 : ticked() - ticked0;
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "(seed %d)%n", firstSeed);
        report(total, elapsed, clientCpu, serverCpu, parsed, ticked);
        return 0;
    }

    /** Ticked events in the server's database so far, or -1 without {@code --db}. */
    private long ticked() throws SQLException {
        if (db == null) {
            return -1;
        }
        try (TickedEvents events = new TickedEvents(db)) {
            return events.count();
        }
    }

    private void report(Tally total, long elapsedNanos, long clientCpu, long serverCpu, Mix parsed, long ticked) {
        Samples all = new Samples();
        total.latencies.values().forEach(all::addAll);
        int requests = all.size();
        double seconds = elapsedNanos / 1e9;
        int other = total.otherStatuses.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "%s mix=%s c=%d deployments=%d: %d requests in %.1fs = %.0f/s,"
                        + " non-200 %d %s, errors %d%n", label, parsed, concurrency, deployments, requests, seconds,
                requests / seconds, other, total.otherStatuses, total.errors);
        if (ticked >= 0) {
            System.out.printf(Locale.ROOT, "  ticks committed: %d = %.0f/s%n", ticked, ticked / seconds);
        }
        if (total.firstError != null) {
            System.out.println("  first error: " + total.firstError);
        }
        if (requests > 0) {
            System.out.printf(Locale.ROOT, "  CPU per request: client %.0f us, server %s%n",
                    clientCpu / 1e3 / requests, serverCpu < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f us",
                            serverCpu / 1e3 / requests));
        }
        line("all", Percentiles.of(all.sorted()), seconds, other, total.errors, clientCpu, serverCpu, parsed,
                ticked);
        if (total.latencies.size() > 1) {
            total.latencies.forEach((kind, samples) -> line(kind.name().toLowerCase(Locale.ROOT),
                    Percentiles.of(samples.sorted()), seconds, -1, -1, -1, -1, parsed, -1));
        }
    }

    private void line(String kind, Percentiles p, double seconds, int other, int errors, long clientCpu,
                      long serverCpu, Mix parsed, long ticked) {
        System.out.printf(Locale.ROOT, "  %-6s n=%d  %.0f/s  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                kind, p.count(), p.count() / seconds, p.p50(), p.p90(), p.p99(), p.max());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "load");
        fields.put("label", label);
        fields.put("mix", parsed.toString());
        fields.put("deployments", Integer.toString(deployments));
        fields.put("c", Integer.toString(concurrency));
        fields.put("kind", kind);
        fields.put("n", Integer.toString(p.count()));
        fields.put("rps", Results.number(p.count() / seconds));
        fields.put("p50", Results.number(p.p50()));
        fields.put("p90", Results.number(p.p90()));
        fields.put("p99", Results.number(p.p99()));
        fields.put("max", Results.number(p.max()));
        if (other >= 0) {
            fields.put("non200", Integer.toString(other));
            fields.put("errors", Integer.toString(errors));
            fields.put("client_cpu_us", Results.number(clientCpu / 1e3 / Math.max(1, p.count())));
            fields.put("server_cpu_us", serverCpu < 0 ? "" : Results.number(serverCpu / 1e3 / Math.max(1, p.count())));
        }
        if (ticked >= 0) {
            fields.put("ticked_per_s", Results.number(ticked / seconds));
        }
        Results.append(out, fields);
    }
}
