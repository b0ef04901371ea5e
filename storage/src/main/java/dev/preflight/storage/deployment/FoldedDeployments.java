package dev.preflight.storage.deployment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.template.Template;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Folded deployment states by id, and parsed templates by source (many deployments share one template).
 * A cached state is only a head start: {@link #current} always reads the events appended after it, so a
 * state is never stale, even when another process appended. Only committed states are {@link #remember}ed,
 * and a state never replaces a newer one.
 */
final class FoldedDeployments {

    private static final int STATES = 10_000;
    private static final int TEMPLATES = 64;

    private final Cache<Long, Deployment> states = Caffeine.newBuilder().maximumSize(STATES).build();
    private final Cache<String, Template> templates = Caffeine.newBuilder().maximumSize(TEMPLATES).build();
    private final Function<String, Template> parser;

    FoldedDeployments(Function<String, Template> parser) {
        this.parser = parser;
    }

    /** The deployment as of {@code c}'s transaction, or empty when it does not exist. */
    Optional<Deployment> current(Connection c, long id) throws SQLException {
        Deployment cached = states.getIfPresent(id);
        List<RecordedEvent> newer = EventRows.after(c, id, cached == null ? 0 : cached.sequence());
        if (cached == null) {
            return newer.isEmpty() ? Optional.empty() : Optional.of(Deployment.replay(newer, this::template));
        }
        Deployment d = cached;
        for (RecordedEvent e : newer) {
            d = d.apply(e);
        }
        return Optional.of(d);
    }

    /** Folds a new deployment's first event, using the cached template when its source was seen before. */
    Deployment start(RecordedEvent started) {
        return Deployment.replay(List.of(started), this::template);
    }

    /** Caches {@code d}, which must be committed, unless a later state of it is cached already. */
    void remember(Deployment d) {
        states.asMap().merge(d.id(), d, (old, fresh) -> fresh.sequence() >= old.sequence() ? fresh : old);
    }

    private Template template(String source) {
        return templates.get(source, parser);
    }
}
