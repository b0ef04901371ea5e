package dev.preflight.commands.deployment;

import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.Subsection;
import dev.preflight.commands.template.Template;
import dev.preflight.commands.template.TemplateParser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The current state of one deployment, folded from its events. Immutable: {@link #apply} returns a new state.
 */
public record Deployment(
        long id,
        long sequence,
        String name,
        String environment,
        String channel,
        Optional<String> threadRef,
        String templateName,
        String templateSource,
        Template template,
        String startedBy,
        Instant startedAt,
        Map<Integer, ItemState> items,
        Map<String, SignOff> signOffs,
        Status status,
        Optional<RecordedEvent> closedBy) {

    public Deployment {
        items = Map.copyOf(items);
        signOffs = Map.copyOf(signOffs);
    }

    /** Folds a whole log; the first event must be {@link DeploymentEvent.Started}. */
    public static Deployment replay(List<RecordedEvent> log) {
        return replay(log, TemplateParser::parse);
    }

    /** Folds a whole log, parsing the template snapshot with {@code parser} (for callers that cache templates). */
    public static Deployment replay(List<RecordedEvent> log, Function<String, Template> parser) {
        if (log.isEmpty() || !(log.get(0).event() instanceof DeploymentEvent.Started started)) {
            throw new IllegalArgumentException("a deployment's log starts with Started");
        }
        RecordedEvent first = log.get(0);
        Deployment d = new Deployment(first.deploymentId(), first.sequence(), started.name(), started.environment(),
                started.channel(), Optional.empty(), started.templateName(), started.templateSource(),
                parser.apply(started.templateSource()), first.actor(), first.at(), Map.of(), Map.of(),
                Status.ACTIVE, Optional.empty());
        for (RecordedEvent e : log.subList(1, log.size())) {
            d = d.apply(e);
        }
        return d;
    }

    /** The state after {@code e}, which must be the next event of this deployment's log. */
    public Deployment apply(RecordedEvent e) {
        if (e.deploymentId() != id || e.sequence() != sequence + 1) {
            throw new IllegalArgumentException("event " + e.deploymentId() + "/" + e.sequence()
                    + " does not follow " + id + "/" + sequence);
        }
        Map<Integer, ItemState> newItems = items;
        Map<String, SignOff> newSignOffs = signOffs;
        Optional<String> thread = threadRef;
        Status newStatus = status;
        Optional<RecordedEvent> closed = closedBy;
        DeploymentEvent event = e.event();
        if (event instanceof DeploymentEvent.ThreadLinked t) {
            thread = Optional.of(t.threadRef());
        } else if (event instanceof DeploymentEvent.Ticked t) {
            newItems = with(items, t.item(), new ItemState.Done(e.actor(), e.at()));
        } else if (event instanceof DeploymentEvent.Unticked u) {
            newItems = without(items, u.item());
        } else if (event instanceof DeploymentEvent.MarkedNotApplicable n) {
            newItems = with(items, n.item(), new ItemState.NotApplicable(n.reason(), e.actor(), e.at()));
        } else if (event instanceof DeploymentEvent.SignedOff s) {
            newSignOffs = with(signOffs, s.role(), new SignOff(s.role(), e.actor(), e.at(), s.comment()));
        } else if (event instanceof DeploymentEvent.SignOffRevoked r) {
            newSignOffs = without(signOffs, r.role());
        } else if (event instanceof DeploymentEvent.Completed) {
            newStatus = Status.COMPLETED;
            closed = Optional.of(e);
        } else if (event instanceof DeploymentEvent.Cancelled) {
            newStatus = Status.CANCELLED;
            closed = Optional.of(e);
        } else if (event instanceof DeploymentEvent.RollbackEvent) {
            // The checklist stays as it is; RollbackLog folds the rollback's own state from the same log.
        } else {
            throw new IllegalArgumentException("a deployment starts only once");
        }
        return new Deployment(id, e.sequence(), name, environment, channel, thread, templateName, templateSource,
                template, startedBy, startedAt, newItems, newSignOffs, newStatus, closed);
    }

    public Optional<ItemState> item(int number) {
        return Optional.ofNullable(items.get(number));
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** Required items that are neither done nor marked not applicable, in order. */
    public List<Item> requiredOpen() {
        List<Item> open = new ArrayList<>();
        for (Section section : template.sections()) {
            for (Subsection subsection : section.subsections()) {
                for (Item item : subsection.items()) {
                    if (item.required() && !items.containsKey(item.number())) {
                        open.add(item);
                    }
                }
            }
        }
        return open;
    }

    /**
     * How many required items are neither done nor marked not applicable: the size of {@link #requiredOpen()},
     * counted from the closed items (shown on every change, so kept cheap).
     */
    public int requiredOpenCount() {
        int closedRequired = 0;
        for (int number : items.keySet()) {
            if (template.item(number).filter(Item::required).isPresent()) {
                closedRequired++;
            }
        }
        return template.requiredCount() - closedRequired;
    }

    /** Roles of the template that have not signed off, in the template's order. */
    public List<SignOffRole> pendingSignOffs() {
        return template.roles().stream().filter(r -> !signOffs.containsKey(r.slug())).toList();
    }

    /** Every required item is closed and every role has signed off. */
    public boolean readyToComplete() {
        return requiredOpenCount() == 0 && pendingSignOffs().isEmpty();
    }

    private static <K, V> Map<K, V> with(Map<K, V> map, K key, V value) {
        Map<K, V> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static <K, V> Map<K, V> without(Map<K, V> map, K key) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }
}
