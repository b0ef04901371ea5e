package dev.preflight.bot.slack;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The reminders' clock, set by the test to Berlin local times; safe to read from other threads. */
final class SettableClock extends Clock {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final AtomicReference<Instant> now;

    SettableClock(String berlinLocalDateTime) {
        this.now = new AtomicReference<>(at(berlinLocalDateTime));
    }

    static Instant at(String berlinLocalDateTime) {
        return LocalDateTime.parse(berlinLocalDateTime).atZone(BERLIN).toInstant();
    }

    void set(String berlinLocalDateTime) {
        now.set(at(berlinLocalDateTime));
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
        throw new UnsupportedOperationException("only instants are read");
    }
}
