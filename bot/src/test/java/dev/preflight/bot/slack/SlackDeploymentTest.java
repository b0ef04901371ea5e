package dev.preflight.bot.slack;

import com.google.gson.JsonObject;
import dev.preflight.bot.slack.SlackFixture.Started;
import dev.preflight.bot.slack.fake.Eventually;
import dev.preflight.bot.slack.fake.FakeMessage;
import dev.preflight.bot.slack.fake.Interactions;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.preflight.bot.slack.SlackFixture.CHANNEL;
import static dev.preflight.bot.slack.SlackFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A deployment in Slack")
class SlackDeploymentTest {

    static final String ALICE = "UALICE";
    static final String BOB = "UBOB";

    @TempDir
    Path dir;

    SlackFixture fx;
    Started started;

    @BeforeEach
    void start() {
        fx = SlackFixture.start(dir);
        started = fx.startDeployment(ALICE, "v2.3.1");
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private List<RecordedEvent> events() {
        return fx.store.events(started.id());
    }

    @Nested
    @DisplayName("when started")
    class Starting {

        @Test
        @DisplayName("posts the root in the channel and every item of the bundled checklist in its thread, within Block Kit's limits")
        void postsRootAndWholeChecklistInItsThread() {
            FakeMessage root = fx.root(started);
            List<FakeMessage> thread = fx.slack.workspace().thread(CHANNEL, started.rootTs());

            assertThat(root.text()).contains("v2.3.1").contains("production");
            Set<Integer> items = new HashSet<>();
            int options = 0;
            for (FakeMessage m : thread) {
                for (int n = 1; n <= 181; n++) {
                    if (Interactions.checkboxBlock(m, n).isPresent()) {
                        items.add(n);
                        options++;
                    }
                }
            }
            assertThat(items).hasSize(fx.deployment(started.id()).template().items().size());
            assertThat(options).isEqualTo(items.size());
            assertThat(thread.get(thread.size() - 1).visibleText()).contains("Sign off as Dev Lead");
            assertThat(fx.slack.workspace().violations()).isEmpty();
        }

        @Test
        void recordsTheRootMessageAsTheDeploymentsThread() {
            assertThat(fx.deployment(started.id()).threadRef()).contains(started.rootTs());
        }
    }

    @Nested
    @DisplayName("ticking")
    class Ticking {

        @Test
        void aCheckboxClickTicksTheItemForTheClickerAndUpdatesTheMessages() {
            FakeMessage section = fx.sectionWith(started, 12);

            fx.click(Interactions.toggle(BOB, section, 12));

            assertThat(fx.deployment(started.id()).item(12)).get()
                    .isInstanceOf(ItemState.Done.class).extracting(ItemState::by).isEqualTo(BOB);
            Eventually.await("the section to show 12 ticked", WAIT,
                    () -> Interactions.ticked(fx.sectionWith(started, 12), 12));
            assertThat(fx.sectionWith(started, 12).visibleText()).contains("<@UBOB>");
            Eventually.await("the root to show progress", WAIT,
                    () -> fx.root(started).visibleText().contains("1 of 181 items closed"));
            assertThat(fx.slack.workspace().violations()).isEmpty();
        }

        @Test
        void clickingATickedCheckboxAgainUnticksIt() {
            fx.click(Interactions.toggle(BOB, fx.sectionWith(started, 12), 12));
            Eventually.await("12 ticked", WAIT, () -> Interactions.ticked(fx.sectionWith(started, 12), 12));

            fx.click(Interactions.toggle(BOB, fx.sectionWith(started, 12), 12));

            assertThat(fx.deployment(started.id()).item(12)).isEmpty();
            Eventually.await("12 unticked", WAIT, () -> !Interactions.ticked(fx.sectionWith(started, 12), 12));
        }

        @Test
        void aClickDeliveredTwiceRecordsOnce() {
            JsonObject click = Interactions.toggle(BOB, fx.sectionWith(started, 12), 12);

            fx.click(click);
            fx.click(click);

            assertThat(events()).filteredOn(e -> e.event() instanceof DeploymentEvent.Ticked).hasSize(1);
            assertThat(fx.deployment(started.id()).item(12)).isPresent();
            fx.awaitQuiet();
            assertThat(fx.slack.workspace().ephemerals()).as("nothing said about the second delivery").isEmpty();
        }

        @Test
        void aClickOnAMessageAMomentBehindLeavesOthersTicksAlone() {
            FakeMessage before = fx.sectionWith(started, 12);
            fx.click(Interactions.toggle(ALICE, before, 12));

            fx.click(Interactions.toggle(BOB, before, 13));

            assertThat(fx.deployment(started.id()).item(12)).isPresent();
            assertThat(fx.deployment(started.id()).item(13)).isPresent();
        }

        @Test
        void aMentionInTheThreadTicksAndAnswersInTheThread() {
            int before = fx.slack.workspace().thread(CHANNEL, started.rootTs()).size();

            fx.requests.event(Interactions.mention("Ev1", BOB, CHANNEL, started.rootTs(), "tick 14"), 0);

            assertThat(fx.deployment(started.id()).item(14)).isPresent();
            Eventually.await("an answer in the thread", WAIT,
                    () -> fx.slack.workspace().thread(CHANNEL, started.rootTs()).size() == before + 1);
            Eventually.await("the section to show 14 ticked", WAIT,
                    () -> Interactions.ticked(fx.sectionWith(started, 14), 14));
        }

        @Test
        void anEventSlackDeliversAgainIsRecordedAndAnsweredOnce() {
            int before = fx.slack.workspace().thread(CHANNEL, started.rootTs()).size();
            JsonObject event = Interactions.mention("Ev2", BOB, CHANNEL, started.rootTs(), "tick 15");

            fx.requests.event(event, 0);
            fx.requests.event(event, 1);
            fx.requests.event(event, 2);

            fx.awaitQuiet();
            assertThat(events()).filteredOn(e -> e.event() instanceof DeploymentEvent.Ticked).hasSize(1);
            assertThat(fx.slack.workspace().thread(CHANNEL, started.rootTs())).hasSize(before + 1);
            assertThat(fx.slack.workspace().ephemerals()).isEmpty();
        }

        @Test
        void nonAsciiReasonsSurviveTheRoundTrip() {
            String reason = "pas d'envoi — 日本語 🚀 <ok> & done";

            fx.requests.event(Interactions.mention("Ev3", BOB, CHANNEL, started.rootTs(), "na 16 -- " + reason), 0);

            assertThat(fx.deployment(started.id()).item(16)).get().isInstanceOf(ItemState.NotApplicable.class)
                    .extracting(s -> ((ItemState.NotApplicable) s).reason()).isEqualTo(reason);
            Eventually.await("the reason shown", WAIT, () -> fx.sectionWith(started, 16).visibleText()
                    .contains("pas d'envoi — 日本語 🚀 &lt;ok&gt; &amp; done"));
        }
    }

    @Nested
    @DisplayName("signing off")
    class SigningOff {

        @Test
        void someoneWithoutTheRoleIsRefusedInPrivate() {
            fx.click(Interactions.press(BOB, fx.signOffMessage(started), "dev-lead"));

            Eventually.await("a refusal only Bob sees", WAIT, () -> !fx.slack.workspace().ephemerals().isEmpty());
            assertThat(fx.slack.workspace().ephemerals()).singleElement().satisfies(e -> {
                assertThat(e.user()).isEqualTo(BOB);
                assertThat(e.threadTs()).contains(started.rootTs());
            });
            assertThat(fx.deployment(started.id()).signOffs()).isEmpty();
        }

        @Test
        void theHolderSignsOffAndTheMessageShowsIt() {
            fx.click(Interactions.press("UDEVLEAD", fx.signOffMessage(started), "dev-lead"));

            assertThat(fx.deployment(started.id()).signOffs()).containsKey("dev-lead");
            Eventually.await("the sign-off shown", WAIT,
                    () -> fx.signOffMessage(started).visibleText().contains("<@UDEVLEAD>"));
            assertThat(fx.signOffMessage(started).visibleText()).doesNotContain("Sign off as Dev Lead");
        }

        @Test
        void theRootSaysReadyToCompleteOnceEverythingIsClosedAndSigned() {
            fx.requests.event(Interactions.mention("Ev4", ALICE, CHANNEL, started.rootTs(), "tick 1-181"), 0);
            for (String role : List.of("project-manager", "devops-sysadmin", "qa-lead")) {
                fx.click(Interactions.press(ALICE, fx.signOffMessage(started), role));
            }
            assertThat(fx.root(started).visibleText()).doesNotContain("Ready to complete");

            fx.click(Interactions.press("UDEVLEAD", fx.signOffMessage(started), "dev-lead"));

            assertThat(fx.deployment(started.id()).readyToComplete()).isTrue();
            Eventually.await("ready to complete on the root", WAIT,
                    () -> fx.root(started).visibleText().contains("Ready to complete"));
            fx.awaitQuiet();
            assertThat(fx.slack.workspace().violations()).isEmpty();
        }
    }

    @Test
    void aMistakeTypedAsASlashCommandIsAnsweredOnlyToTheTypist() {
        fx.slash(BOB, "tick 999");

        Eventually.await("an answer through response_url", WAIT,
                () -> !fx.slack.workspace().ephemerals().isEmpty());
        assertThat(fx.slack.workspace().ephemerals().get(0).user()).isEqualTo("(response_url)");
        assertThat(fx.slack.workspace().channel(CHANNEL)).hasSize(1);
    }
}
