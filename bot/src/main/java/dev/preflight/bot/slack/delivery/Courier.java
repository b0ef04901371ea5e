package dev.preflight.bot.slack.delivery;

import dev.preflight.bot.slack.SlackSettings;
import dev.preflight.commands.conversation.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers the outbox to Slack: one letter at a time per channel, in order, at Slack's pace; waits out a 429's
 * Retry-After; retries failures with a doubling backoff; sets aside what Slack refuses. Whatever is still
 * waiting when the process stops is delivered after the next start.
 */
public final class Courier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Courier.class);
    private static final Duration IDLE = Duration.ofSeconds(1);
    /**
     * Between two looks at the outbox, so that the letters of requests arriving together share one look; short
     * next to Slack's pace of a message per second per channel.
     */
    private static final long GATHER_MILLIS = 20;
    private static final int WORKERS = 4;

    /** Told, before the channel's next letter goes out, that a message the bot keeps was posted. */
    public interface Posted {
        void posted(String messageKey, String channel, String ts);
    }

    /**
     * Renders a message the bot keeps up to date as it should look now: the update a {@code REFRESH} letter
     * sends, or empty when the message no longer exists.
     */
    public interface Current {
        Optional<Outgoing> of(String messageKey);
    }

    private final Outbox outbox;
    private final WebApi api;
    private final Pace pace;
    private final SlackSettings.Delivery settings;
    private final Clock clock;
    private volatile Posted posted = (key, channel, ts) -> { };
    private volatile Current current = key -> Optional.empty();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private final Thread loop;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running = true;

    /** Delivers to the Web API at {@code apiUrl} (e.g. {@code https://slack.com/api/}) as {@code botToken}. */
    public Courier(Outbox outbox, String apiUrl, String botToken, SlackSettings.Delivery settings, Clock clock) {
        this.outbox = outbox;
        this.api = new WebApi(apiUrl, botToken, settings.callTimeout());
        this.pace = new Pace(settings.interval(), settings.burst());
        this.settings = settings;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(WORKERS, r -> daemon(r, "slack-outbox-" + n.incrementAndGet()));
        this.loop = daemon(this::run, "slack-outbox");
    }

    /**
     * Starts delivering; {@code posted} hears of every message posted under a message key, {@code current}
     * renders the messages that {@code REFRESH} letters update.
     */
    public void start(Posted posted, Current current) {
        this.posted = posted;
        this.current = current;
        loop.start();
    }

    /** Something was enqueued or delivered: look at the outbox now rather than at the next timer. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        workers.shutdown();
        try {
            loop.join(IDLE.toMillis() * 2);
            if (!workers.awaitTermination(settings.callTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            Instant next;
            try {
                next = dispatch();
            } catch (RuntimeException e) {
                LOG.warn("cannot read the outbox, trying again shortly: {}", e.getMessage());
                next = clock.instant().plus(IDLE);
            }
            synchronized (signal) {
                long millis = Duration.between(clock.instant(), next).toMillis();
                if (!woken && running && millis > 0) {
                    try {
                        signal.wait(Math.min(millis, IDLE.toMillis()));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                woken = false;
            }
            gather();
        }
    }

    private void gather() {
        try {
            Thread.sleep(GATHER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Hands every channel's due letter to a worker; returns when to look again. */
    private Instant dispatch() {
        Instant now = clock.instant();
        Instant next = now.plus(IDLE);
        for (Outbox.Due due : outbox.due(now, 500)) {
            String channel = due.channel();
            if (inFlight.contains(channel)) {
                continue;
            }
            Optional<Instant> turn = pace.take(channel, now);
            if (turn.isPresent()) {
                next = turn.get().isBefore(next) ? turn.get() : next;
                continue;
            }
            inFlight.add(channel);
            try {
                workers.execute(() -> deliver(due));
            } catch (RuntimeException e) {
                inFlight.remove(channel);
                throw e;
            }
        }
        Optional<Instant> due = outbox.nextDue();
        if (due.isPresent() && due.get().isAfter(now) && due.get().isBefore(next)) {
            next = due.get();
        }
        return next;
    }

    private void deliver(Outbox.Due due) {
        String channel = due.channel();
        try {
            Optional<Outbox.Waiting> waiting = outbox.waiting(due.id());
            if (waiting.isEmpty()) {
                return;
            }
            Outbox.Waiting w = waiting.get();
            Outgoing out = Outgoing.fromJson(w.letter().payload());
            if (out.renderedWhenSent()) {
                String key = w.letter().message().orElseThrow();
                // Nothing to send: a refresh of a message not posted yet (its post will show the newest state),
                // or a message that is gone.
                boolean unposted = out.kind() == Outgoing.Kind.REFRESH && outbox.messageRef(key).isEmpty();
                Optional<Outgoing> now = unposted ? Optional.empty() : current.of(key);
                if (now.isEmpty()) {
                    outbox.delivered(w.id(), Optional.empty(), clock.instant());
                    return;
                }
                out = out.rendered(now.get());
            }
            Outcome outcome = api.deliver(out, w.letter().message(), outbox::messageRef);
            Instant now = clock.instant();
            if (outcome instanceof Outcome.Delivered d) {
                outbox.delivered(w.id(), d.ts(), now);
                if (out.kind() == Outgoing.Kind.POST && d.ts().isPresent() && w.letter().message().isPresent()) {
                    tellPosted(w.letter().message().get(), channel, d.ts().get());
                }
            } else if (outcome instanceof Outcome.RateLimited r) {
                pace.hold(channel, now.plus(r.retryAfter()));
                outbox.retryAt(w.id(), now.plus(r.retryAfter()), "rate limited for " + r.retryAfter().toSeconds() + " s");
            } else if (outcome instanceof Outcome.Failed f) {
                Duration wait = backoff(w.attempts());
                LOG.warn("{} to {} failed ({}), trying again in {} ms", out.kind(), channel, f.reason(), wait.toMillis());
                outbox.retryAt(w.id(), now.plus(wait), f.reason());
            } else if (outcome instanceof Outcome.Refused r) {
                LOG.warn("{} to {} refused, set aside: {}", out.kind(), channel, r.reason());
                outbox.giveUp(w.id(), r.reason(), now);
                report(w.letter(), out, r.reason(), now);
            } else {
                throw new AssertionError(outcome);
            }
        } catch (RuntimeException e) {
            LOG.warn("delivering letter {} failed: {}", due.id(), e.toString());
        } finally {
            inFlight.remove(channel);
            wake();
        }
    }

    /** Tells the typist of the command behind a refused post why nothing appeared. */
    private void report(Outbox.Letter letter, Outgoing out, String reason, Instant now) {
        if (out.kind() == Outgoing.Kind.RESPOND || out.responseUrl().isEmpty()) {
            return;
        }
        String hint = reason.contains("not_in_channel") || reason.contains("channel_not_found")
                ? " Invite the app to this channel (/invite @Preflight) and try again." : "";
        Outgoing notice = Outgoing.respond(out.channel(), out.responseUrl().get(),
                "Slack refused a message of Preflight here (" + reason + ")." + hint);
        outbox.enqueue(List.of(new Outbox.Letter(letter.key() + "/refused", out.channel(), notice.kind().name(),
                notice.toJson(), Optional.empty(), false)), now);
    }

    private void tellPosted(String messageKey, String channel, String ts) {
        try {
            posted.posted(messageKey, channel, ts);
        } catch (RuntimeException e) {
            LOG.warn("after posting {}: {}", messageKey, e.toString());
        }
    }

    private Duration backoff(int attempts) {
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
