package dev.preflight.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * One closed-loop client: sends a request, waits for the whole response, sends the next, until the end.
 * Requests that start after the warm-up count; the body is built and signed before the clock starts.
 */
final class Worker implements Callable<Tally> {

    private final InetSocketAddress address;
    private final String path;
    private final SlackForms forms;
    private final Mix.Picker picker;
    private final Signer signer;
    private final SplittableRandom random;
    private final long measureFrom;
    private final long end;

    Worker(InetSocketAddress address, String path, SlackForms forms, Mix mix, String secret, long seed,
           long measureFrom, long end) {
        this.address = address;
        this.path = path;
        this.forms = forms;
        this.picker = mix.picker();
        this.signer = new Signer(secret);
        this.random = new SplittableRandom(seed);
        this.measureFrom = measureFrom;
        this.end = end;
    }

    @Override
    public Tally call() {
        Tally tally = new Tally();
        try (Connection connection = new Connection(address)) {
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                Kind kind = picker.next(random);
                SlackForms.Request request = forms.next(kind, random);
                byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
                long timestamp = System.currentTimeMillis() / 1000;
                byte[] head = Connection.ascii("POST " + path + " HTTP/1.1\r\n"
                        + "Host: " + address.getHostString() + ":" + address.getPort() + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + body.length + "\r\n"
                        + "X-Slack-Request-Timestamp: " + timestamp + "\r\n"
                        + "X-Slack-Signature: " + signer.sign(timestamp, body) + "\r\n\r\n");
                long start = System.nanoTime();
                try {
                    int status = connection.exchange(head, body);
                    if (start >= measureFrom) {
                        tally.record(kind, System.nanoTime() - start, status);
                    }
                    request.answered().run();
                } catch (IOException | RuntimeException e) {
                    connection.close();
                    if (start >= measureFrom) {
                        tally.recordError(kind, System.nanoTime() - start, e);
                    }
                }
            }
        }
        return tally;
    }
}
