package dev.preflight.bench.report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/**
 * The table of ratios made from a results file: Preflight against its floors measured in the same run, each
 * figure the median of the repeats, each target marked met or not.
 */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Print the Markdown table of ratios from a results file.")
public final class TableCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", description = "Results files run.sh wrote; several runs are pooled.")
    List<Path> results;

    @Option(names = "--deployments", defaultValue = "1000", description = "The store the ack comparisons ran on.")
    String deployments;

    @Option(names = "--scaling", defaultValue = "10,1000,10000", split = ",",
            description = "The stores of the scaling runs.")
    List<String> scaling;

    @Override
    public Integer call() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Path file : results) {
            rows.addAll(Results.read(file));
        }
        Measurements m = new Measurements(rows);
        Table t = new Table();
        String mix = "status+tick";
        for (String c : List.of("1", "8", "32")) {
            OptionalDouble p = m.median("p99", "type", "load", "label", "preflight", "mix", mix, "deployments",
                    deployments, "c", c, "kind", "all");
            OptionalDouble f = m.median("p99", "type", "load", "label", "bare", "mix", mix, "c", c, "kind", "all");
            t.ratio("ack p99, tick+status on " + deployments + " deployments, c=" + c, p, f, " ms", "bare Bolt",
                    c.equals("1") ? null : 1.5, true);
        }
        for (String c : List.of("1", "8", "32")) {
            OptionalDouble p = m.median("rps", "type", "load", "label", "preflight", "mix", mix, "deployments",
                    deployments, "c", c, "kind", "all");
            OptionalDouble f = m.median("rps", "type", "load", "label", "bare", "mix", mix, "c", c, "kind", "all");
            t.ratio("throughput, tick+status, c=" + c, p, f, "/s", "bare Bolt", null, false);
        }
        OptionalDouble ticks = m.median("ticked_per_s", "type", "load", "label", "preflight", "mix", "tick",
                "c", "8", "kind", "all");
        OptionalDouble bareTicks = m.median("rps", "type", "load", "label", "bare", "mix", "tick", "c", "8",
                "kind", "all");
        t.ratio("durable ticks/s (ticked events committed), c=8, vs bare-Bolt ack rate", ticks, bareTicks, "/s",
                "bare Bolt", 0.7, false);
        for (String sync : List.of("FULL", "NORMAL")) {
            OptionalDouble raw = m.median("commits_per_s", "type", "sqlite", "sync", sync, "rows", "1");
            t.ratio("durable ticks/s, c=8, vs raw commits/s (" + sync + ")", ticks, raw, "/s",
                    "sqlite WAL " + sync, null, false);
        }
        OptionalDouble rss = m.median("mb", "type", "rss", "label", "preflight");
        OptionalDouble bareRss = m.median("mb", "type", "rss", "label", "bare");
        t.absolute("RSS after load, -Xmx128m", rss, bareRss, " MB", "bare Bolt", 256);
        OptionalDouble start = m.median("ms", "type", "startup", "label", "preflight");
        OptionalDouble bareStart = m.median("ms", "type", "startup", "label", "bare");
        t.ratio("start to first 200 on /healthz", start, bareStart, " ms", "bare Bolt", 2.0, true);
        for (String n : scaling) {
            OptionalDouble tick = m.median("p99", "type", "load", "label", "preflight", "mix", mix,
                    "deployments", n, "c", "8", "kind", "tick");
            OptionalDouble status = m.median("p99", "type", "load", "label", "preflight", "mix", mix,
                    "deployments", n, "c", "8", "kind", "status");
            t.spread("tick vs status p99, c=8, " + n + " deployments", tick, status, 0.25);
        }
        System.out.print(t);
        System.out.println();
        System.out.print(floors(m));
        return 0;
    }

    private static String floors(Measurements m) {
        StringBuilder b = new StringBuilder("| floor | figure |\n|---|---|\n");
        for (String c : List.of("1", "8", "32")) {
            for (String label : List.of("frontend", "bare")) {
                OptionalDouble rps = m.median("rps", "type", "load", "label", label, "mix", "status+tick", "c", c,
                        "kind", "all");
                OptionalDouble p99 = m.median("p99", "type", "load", "label", label, "mix", "status+tick", "c", c,
                        "kind", "all");
                if (rps.isPresent()) {
                    b.append(String.format(Locale.ROOT, "| %s, c=%s | %s/s, p99 %s ms |%n",
                            label.equals("bare") ? "bare Bolt ack" : "HTTP front end alone (no Bolt)", c,
                            Results.number(rps.getAsDouble()), Results.number(p99.orElse(Double.NaN))));
                }
            }
        }
        for (String sync : List.of("FULL", "NORMAL")) {
            for (String rows : List.of("1", "1000")) {
                OptionalDouble commits = m.median("commits_per_s", "type", "sqlite", "sync", sync, "rows", rows);
                OptionalDouble p99 = m.median("p99", "type", "sqlite", "sync", sync, "rows", rows);
                OptionalDouble perRow = m.median("rows_per_s", "type", "sqlite", "sync", sync, "rows", rows);
                if (commits.isPresent()) {
                    b.append(String.format(Locale.ROOT, "| sqlite WAL %s, %s-row transactions | %s commits/s"
                                    + " (%s rows/s), commit p99 %s ms |%n", sync, rows,
                            Results.number(commits.getAsDouble()), Results.number(perRow.orElse(Double.NaN)),
                            Results.number(p99.orElse(Double.NaN))));
                }
            }
        }
        return b.toString();
    }
}
