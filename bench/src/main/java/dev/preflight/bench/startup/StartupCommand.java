package dev.preflight.bench.startup;

import dev.preflight.bench.report.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Time from process start to the first 200 on a health URL: starts the given command (with this process's
 * environment), polls the URL every millisecond or so, and stops the process once it answered 200. Repeats
 * {@code --runs} times and reports each run and the median.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Measure time from process start to the first 200 on a health URL.")
public final class StartupCommand implements Callable<Integer> {

    @Option(names = "--health", required = true, description = "URL to poll, e.g. http://127.0.0.1:3000/healthz.")
    URI health;

    @Option(names = "--runs", defaultValue = "3", description = "How many starts to time.")
    int runs;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds to wait for a 200 before giving up.")
    int timeoutSeconds;

    @Option(names = "--label", defaultValue = "server", description = "Names the server in the results.")
    String label;

    @Option(names = "--log", description = "File for the started process's output (default: discarded).")
    Path log;

    @Option(names = "--out", description = "Results file to append to.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command that starts the server.")
    List<String> command;

    @Override
    public Integer call() throws IOException, InterruptedException {
        double[] times = new double[runs];
        for (int run = 0; run < runs; run++) {
            double ms = once();
            if (ms < 0) {
                System.err.println(label + ": no 200 from " + health + " within " + timeoutSeconds + " s, or the"
                        + " process ended first" + (log == null ? "" : "; its output is in " + log));
                return 1;
            }
            times[run] = ms;
            System.out.printf(Locale.ROOT, "%s: first 200 on %s after %.0f ms%n", label, health.getPath(), ms);
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf(Locale.ROOT, "%s: start to first 200, median of %d: %.0f ms%n", label, runs, median);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "startup");
        fields.put("label", label);
        fields.put("ms", Results.number(median));
        fields.put("runs", Arrays.toString(times).replace(" ", ""));
        Results.append(out, fields);
        return 0;
    }

    private double once() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (log != null) {
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        } else {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (System.nanoTime() < deadline && process.isAlive()) {
                if (status() == 200) {
                    return (System.nanoTime() - start) / 1e6;
                }
                Thread.sleep(1);
            }
            return -1;
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private int status() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(health.getHost(), health.getPort()), 1000);
            socket.setSoTimeout(5000);
            OutputStream o = socket.getOutputStream();
            o.write(("GET " + health.getRawPath() + " HTTP/1.1\r\nHost: " + health.getHost() + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = socket.getInputStream();
            byte[] line = new byte[12];
            int n = in.readNBytes(line, 0, 12);
            return n == 12 ? Integer.parseInt(new String(line, 9, 3, StandardCharsets.US_ASCII)) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
