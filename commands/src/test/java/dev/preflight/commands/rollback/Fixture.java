package dev.preflight.commands.rollback;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.template.Template;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One deployment, started in {@code #ops} with its thread {@code T1}, and the rollback feature around it; people
 * type commands with {@link #rollback} and {@link #monitor}.
 */
final class Fixture implements AutoCloseable {

    static final String CHANNEL = "C-ops";
    static final String THREAD = "T1";
    static final String SECRET = "hunter2-db-password";

    final InMemoryDeploymentStore store;
    final InMemoryStepOutputs outputs = new InMemoryStepOutputs();
    final RecordingListener listener = new RecordingListener();
    final StepRunner runner;
    final RollbackFeature feature;
    final long id;
    private final AtomicInteger requests = new AtomicInteger();

    Fixture(Template template, StepRunner runner, RollbackSettings settings, Map<String, Set<String>> roles) {
        this.store = new InMemoryDeploymentStore(template);
        this.runner = runner;
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T09:30:00Z"), ZoneOffset.UTC);
        Function<String, Optional<String>> env = name -> name.equals("DB_PASSWORD") ? Optional.of(SECRET)
                : Optional.empty();
        this.feature = new RollbackFeature(store, outputs, runner, listener, settings, new AccessPolicy(roles, Set.of()),
                env, clock);
        this.id = ((dev.preflight.commands.deployment.DeploymentStore.Appended.Done) store.create(
                new DeploymentEvent.Started("v2.3.1", "production", CHANNEL, "production-deployment", "# source"),
                clock.instant(), "U-lead", "create")).deployment().id();
        store.append(id, 1, List.of(new DeploymentEvent.ThreadLinked(THREAD)), clock.instant(), "U-lead", "link");
    }

    static Fixture bundled(StepRunner runner) {
        return new Fixture(Plans.bundledTemplate(), runner, settings(), Map.of());
    }

    static RollbackSettings settings() {
        return RollbackSettings.defaults().withTimeout(Duration.ofSeconds(2)).withUpdateEvery(Duration.ZERO);
    }

    List<Reply> rollback(String user, String text) {
        return rollback(new Invocation(user, CHANNEL, Optional.of(THREAD), "r" + requests.incrementAndGet(), text));
    }

    /** What the command core does with {@code rollback <text>}: parse, then hand it over with the deployment. */
    List<Reply> rollback(Invocation invocation) {
        RollbackCommandParser.Parsed parsed = RollbackCommandParser.parse(invocation.text());
        if (parsed.command().isEmpty()) {
            return List.of(new Reply.Whisper(parsed.error()));
        }
        return feature.rollback(store.load(id).orElseThrow(), invocation, parsed.command().get());
    }

    List<Reply> monitor(String user, String text) {
        return feature.monitor(store.load(id).orElseThrow(), new Invocation(user, CHANNEL, Optional.of(THREAD),
                "r" + requests.incrementAndGet(), text), text);
    }

    /** The replies' texts, one per line, whispers marked. */
    static String text(List<Reply> replies) {
        return replies.stream().map(r -> r instanceof Reply.Say s ? s.text()
                : r instanceof Reply.Whisper w ? "(whisper) " + w.text() : r.toString()).collect(Collectors.joining("\n"));
    }

    List<DeploymentEvent> rollbackEvents() {
        return store.events(id).stream().map(RecordedEvent::event)
                .filter(e -> e instanceof DeploymentEvent.RollbackEvent).toList();
    }

    RollbackLog log() {
        return RollbackLog.fold(store.events(id), store.load(id).orElseThrow().template().rollback());
    }

    @Override
    public void close() {
        feature.close();
    }
}
