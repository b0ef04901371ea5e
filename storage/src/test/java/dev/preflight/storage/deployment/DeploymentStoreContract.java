package dev.preflight.storage.deployment;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentEvent.Cancelled;
import dev.preflight.commands.deployment.DeploymentEvent.Completed;
import dev.preflight.commands.deployment.DeploymentEvent.MarkedNotApplicable;
import dev.preflight.commands.deployment.DeploymentEvent.SignOffRevoked;
import dev.preflight.commands.deployment.DeploymentEvent.SignedOff;
import dev.preflight.commands.deployment.DeploymentEvent.ThreadLinked;
import dev.preflight.commands.deployment.DeploymentEvent.Ticked;
import dev.preflight.commands.deployment.DeploymentEvent.Unticked;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.DeploymentStore.Appended;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.Status;
import dev.preflight.commands.template.Template;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link DeploymentStore} backend must do. A backend's test extends this class and says how to
 * open stores over a fresh database of its kind.
 */
abstract class DeploymentStoreContract {

    /**
     * A store with its own connections and cache over this test's database, as another process would have one.
     * The database is empty at the start of each test.
     */
    protected abstract DeploymentStore openStore(Function<String, Template> templateParser);

    /** Closes every database this test opened; stores opened afterwards open it again. */
    protected abstract void closeDatabases();

    /** Whether the database of the last store opened still answers. */
    protected abstract boolean ping();

    static final Instant T0 = Instant.parse("2024-05-01T09:30:00.123456789Z");

    private final TinyTemplates templates = new TinyTemplates();
    private DeploymentStore store;

    @BeforeEach
    void openFirstStore() {
        store = openStore(templates);
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private long create(DeploymentEvent.Started started, Instant at, String requestId) {
        Appended result = store.create(started, at, "alice", requestId);
        assertThat(result).isInstanceOf(Appended.Done.class);
        return ((Appended.Done) result).deployment().id();
    }

    private long createApi() {
        return create(Starts.api(), T0, "create-api");
    }

    private Appended append(long id, long expected, String requestId, DeploymentEvent... events) {
        return store.append(id, expected, List.of(events), at((int) expected), "bob", requestId);
    }

    private static List<DeploymentEvent> eventsOf(List<RecordedEvent> log) {
        return log.stream().map(RecordedEvent::event).toList();
    }

    @Nested
    @DisplayName("creating a deployment")
    class Creating {

        @Test
        void createsDeploymentWhoseLogStartsWithStarted() {
            Appended result = store.create(Starts.api(), T0, "alice", "req-1");

            Deployment d = ((Appended.Done) result).deployment();
            assertThat(d.sequence()).isEqualTo(1);
            assertThat(d.status()).isEqualTo(Status.ACTIVE);
            assertThat(d.template()).isEqualTo(TinyTemplates.build(Starts.SOURCE));
            assertThat(store.load(d.id())).contains(d);
            assertThat(store.events(d.id()))
                    .containsExactly(new RecordedEvent(d.id(), 1, T0, "alice", "req-1", Starts.api()));
        }

        @Test
        void givesEachDeploymentItsOwnId() {
            long first = create(Starts.api(), T0, "req-1");
            long second = create(Starts.in("C-ops", "web 2.0"), at(1), "req-2");

            assertThat(second).isNotEqualTo(first);
            assertThat(store.load(second).map(Deployment::name)).contains("web 2.0");
        }

        @Test
        void replayedRequestIdWritesNothing() {
            long id = create(Starts.api(), T0, "req-1");

            Appended again = store.create(Starts.in("C-ops", "other"), at(5), "alice", "req-1");

            assertThat(again).isEqualTo(new Appended.Duplicate(id));
            assertThat(store.active("C-ops")).extracting(Deployment::id).containsExactly(id);
        }

        @Test
        void unknownDeploymentLoadsAsEmpty() {
            assertThat(store.load(42)).isEmpty();
            assertThat(store.events(42)).isEmpty();
        }
    }

    @Nested
    @DisplayName("appending events")
    class Appending {

        @Test
        void appendsEventsInOrderInOneTransaction() {
            long id = createApi();

            Appended result = append(id, 1, "req-2", new Ticked(1), new Ticked(2), new MarkedNotApplicable(3, "none"));

            Deployment d = ((Appended.Done) result).deployment();
            assertThat(d.sequence()).isEqualTo(4);
            assertThat(d.item(2)).contains(new ItemState.Done("bob", at(1)));
            assertThat(store.events(id)).extracting(RecordedEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
            assertThat(store.load(id)).contains(d);
        }

        @Test
        void staleExpectedSequenceConflictsAndWritesNothing() {
            long id = createApi();
            append(id, 1, "req-2", new Ticked(1));

            Appended stale = append(id, 1, "req-3", new Ticked(2));
            Appended ahead = append(id, 7, "req-4", new Ticked(2));

            assertThat(stale).isInstanceOf(Appended.Conflict.class);
            Deployment latest = ((Appended.Conflict) stale).latest();
            assertThat(latest.sequence()).isEqualTo(2);
            assertThat(latest.item(1)).isPresent();
            assertThat(ahead).isEqualTo(stale);
            assertThat(eventsOf(store.events(id))).containsExactly(Starts.api(), new Ticked(1));
        }

        @Test
        void replayedRequestIdWritesNothing() {
            long id = createApi();
            append(id, 1, "req-2", new Ticked(1));

            Appended again = append(id, 2, "req-2", new Ticked(1));
            Appended createWithAppendsId = store.create(Starts.api(), T0, "alice", "req-2");

            assertThat(again).isEqualTo(new Appended.Duplicate(id));
            assertThat(createWithAppendsId).isEqualTo(new Appended.Duplicate(id));
            assertThat(store.events(id)).hasSize(2);
        }

        @Test
        void knowsWhichRequestsWereRecorded() {
            long id = createApi();
            append(id, 1, "req-2", new Ticked(1));
            append(id, 1, "req-stale", new Ticked(2));

            assertThat(store.recorded("create-api")).isTrue();
            assertThat(store.recorded("req-2")).isTrue();
            assertThat(store.recorded("req-stale")).as("refused for a stale sequence").isFalse();
            assertThat(store.recorded("req-never")).isFalse();
            assertThat(openStore(templates).recorded("req-2")).as("seen by another store").isTrue();
        }

        @Test
        void rejectedAppendLeavesNoTrace() {
            long id = createApi();

            assertThatThrownBy(() -> append(id, 1, "req-2", new Ticked(1), Starts.api()))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(store.events(id)).hasSize(1);
            assertThat(store.load(id).orElseThrow().items()).isEmpty();
            assertThat(append(id, 1, "req-2", new Ticked(1))).isInstanceOf(Appended.Done.class);
        }

        @Test
        void appendToUnknownDeploymentIsRefused() {
            assertThatThrownBy(() -> append(42, 1, "req-1", new Ticked(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("of 8 threads ticking the same item at the same sequence, exactly one lands")
        void racingTicksLandOnce() throws Exception {
            long id = createApi();

            List<Appended> results = Race.of(8, i -> store.append(id, 1, List.of(new Ticked(3)), at(1),
                    "user" + i, "t" + i));

            assertExactlyOneLanded(id, results);
        }

        @Test
        @DisplayName("of 8 stores on one database ticking at the same sequence, exactly one lands")
        void racingTicksFromSeparateStoresLandOnce() throws Exception {
            long id = createApi();
            List<DeploymentStore> stores = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                stores.add(openStore(templates));
            }

            List<Appended> results = Race.of(8, i -> stores.get(i).append(id, 1, List.of(new Ticked(3)), at(1),
                    "user" + i, "t" + i));

            assertExactlyOneLanded(id, results);
        }

        private void assertExactlyOneLanded(long id, List<Appended> results) {
            assertThat(results).filteredOn(Appended.Done.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(Appended.Conflict.class::isInstance).hasSize(7)
                    .allSatisfy(r -> assertThat(((Appended.Conflict) r).latest().sequence()).isEqualTo(2));
            assertThat(eventsOf(store.events(id))).containsExactly(Starts.api(), new Ticked(3));
        }
    }

    @Nested
    @DisplayName("finding deployments")
    class Finding {

        @Test
        void activeListsOpenDeploymentsOfTheChannelOldestFirst() {
            long a = create(Starts.in("C-ops", "a"), at(10), "r-a");
            long done = create(Starts.in("C-ops", "done"), at(11), "r-done");
            long cancelled = create(Starts.in("C-ops", "cancelled"), at(12), "r-cancelled");
            create(Starts.in("C-web", "elsewhere"), at(13), "r-elsewhere");
            long earlier = create(Starts.in("C-ops", "earlier"), at(1), "r-earlier");
            append(done, 1, "r-complete", new Completed(false, null));
            append(cancelled, 1, "r-cancel", new Cancelled("rolled back"));

            assertThat(store.active("C-ops")).extracting(Deployment::id).containsExactly(earlier, a);
            assertThat(store.active("C-nobody")).isEmpty();
        }

        @Test
        void findsDeploymentByThreadOnceLinked() {
            long id = createApi();
            assertThat(store.byThread("C-ops", "1714555800.000100")).isEmpty();

            append(id, 1, "r-link", new ThreadLinked("1714555800.000100"));

            assertThat(store.byThread("C-ops", "1714555800.000100")).map(Deployment::id).contains(id);
            assertThat(store.byThread("C-web", "1714555800.000100")).isEmpty();
            assertThat(store.byThread("C-ops", "1714555800.999999")).isEmpty();
        }
    }

    @Nested
    @DisplayName("caching")
    class Caching {

        @Test
        void loadSeesWhatAnotherStoreAppended() {
            long id = createApi();
            DeploymentStore other = openStore(templates);
            assertThat(other.load(id).map(Deployment::sequence)).contains(1L);

            append(id, 1, "r-tick", new Ticked(1), new ThreadLinked("17.1"));

            Deployment seen = other.load(id).orElseThrow();
            assertThat(seen).isEqualTo(store.load(id).orElseThrow());
            assertThat(seen.item(1)).isPresent();
            assertThat(other.byThread("C-ops", "17.1")).contains(seen);
        }

        @Test
        void conflictCarriesWhatAnotherStoreAppended() {
            long id = createApi();
            DeploymentStore other = openStore(templates);
            other.load(id);
            Deployment ticked = ((Appended.Done) append(id, 1, "r-1", new Ticked(1))).deployment();

            Appended stale = other.append(id, 1, List.of(new Ticked(2)), at(2), "carol", "r-2");
            Appended retried = other.append(id, 2, List.of(new Ticked(2)), at(2), "carol", "r-2");

            assertThat(stale).isEqualTo(new Appended.Conflict(ticked));
            assertThat(retried).isInstanceOf(Appended.Done.class);
            Deployment now = store.load(id).orElseThrow();
            assertThat(now.sequence()).isEqualTo(3);
            assertThat(now.items()).containsOnlyKeys(1, 2);
        }

        @Test
        void parsesEachTemplateSourceOnce() {
            for (int i = 0; i < 30; i++) {
                create(Starts.in("C-ops", "d" + i), at(i), "r" + i);
            }
            TinyTemplates counting = new TinyTemplates();
            DeploymentStore fresh = openStore(counting);

            assertThat(fresh.active("C-ops")).hasSize(30);
            assertThat(counting.parsed()).isEqualTo(1);
            assertThat(templates.parsed()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("keeping events")
    class Keeping {

        @Test
        void everyEventTypeRoundTripsExactly() {
            long id = createApi();
            List<DeploymentEvent> events = List.of(new ThreadLinked("1714555800.000100"), new Ticked(1),
                    new Unticked(1), new MarkedNotApplicable(2, "no schema change — ünïcødé \"quoted\" \\ 🚀\n"),
                    new MarkedNotApplicable(3, null), new SignedOff("qa", null), new SignOffRevoked("qa"),
                    new SignedOff("qa", "LGTM"), new Completed(true, "hotfix"), new Cancelled(null),
                    new Completed(false, null), new Cancelled("superseded"));
            List<RecordedEvent> expected = new ArrayList<>(store.events(id));
            for (int i = 0; i < events.size(); i++) {
                Instant when = T0.plusNanos(1_000_000_007L * (i + 1));
                store.append(id, i + 1, List.of(events.get(i)), when, "actor-" + i, "r-" + i);
                expected.add(new RecordedEvent(id, i + 2, when, "actor-" + i, "r-" + i, events.get(i)));
            }
            closeDatabases();

            assertThat(openStore(templates).events(id)).containsExactlyElementsOf(expected);
        }

        @Test
        void randomTextRoundTrips() {
            long seed = new Random().nextLong();
            Random random = new Random(seed);
            long id = createApi();
            List<RecordedEvent> expected = new ArrayList<>(store.events(id));
            for (int i = 0; i < 40; i++) {
                DeploymentEvent event = RandomEvents.next(random);
                Instant when = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
                String actor = RandomEvents.text(random);
                store.append(id, i + 1, List.of(event), when, actor, "r-" + i);
                expected.add(new RecordedEvent(id, i + 2, when, actor, "r-" + i, event));
            }
            closeDatabases();

            assertThat(openStore(templates).events(id)).as("seed %d", seed).containsExactlyElementsOf(expected);
        }

        @Test
        void reopenedDatabaseHasEverything() {
            long id = createApi();
            append(id, 1, "r-1", new ThreadLinked("17.1"), new Ticked(1), new SignedOff("qa", "ok"));
            Deployment before = store.load(id).orElseThrow();
            List<RecordedEvent> log = store.events(id);
            closeDatabases();

            DeploymentStore reopened = openStore(templates);

            assertThat(reopened.load(id)).contains(before);
            assertThat(reopened.events(id)).isEqualTo(log);
            assertThat(reopened.active("C-ops")).containsExactly(before);
            assertThat(reopened.byThread("C-ops", "17.1")).contains(before);
            assertThat(reopened.append(id, 4, List.of(new Ticked(2)), at(9), "bob", "r-1"))
                    .isEqualTo(new Appended.Duplicate(id));
        }

        @Test
        void databaseAnswersUntilClosed() {
            assertThat(ping()).isTrue();

            closeDatabases();

            assertThat(ping()).isFalse();
        }
    }
}
