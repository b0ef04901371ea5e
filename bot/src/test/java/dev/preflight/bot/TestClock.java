package dev.preflight.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test sets by hand to Berlin local times; safe to read from other threads (the schedulers'). */
public final class TestClock extends Clock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final AtomicReference<Instant> now;

    public TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** A clock at {@code localDateTime} in Berlin, e.g. {@code 2024-03-04T09:00}. */
    public static TestClock berlin(String localDateTime) {
        return new TestClock(at(localDateTime));
    }

    public static Instant at(String berlinLocalDateTime) {
        return LocalDateTime.parse(berlinLocalDateTime).atZone(BERLIN).toInstant();
    }

    public void set(String berlinLocalDateTime) {
        now.set(at(berlinLocalDateTime));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return BERLIN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the bot reads instants only");
    }
}
