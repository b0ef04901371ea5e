package dev.preflight.bot.slack;

import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.bot.slack.blocks.Draft;
import dev.preflight.bot.slack.fake.Eventually;
import dev.preflight.bot.slack.fake.Fault;
import dev.preflight.bot.slack.fake.FakeMessage;
import dev.preflight.bot.slack.fake.Interactions;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.TimeFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static dev.preflight.bot.slack.SlackFixture.CHANNEL;
import static dev.preflight.bot.slack.SlackFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Delivery to Slack loses nothing and doubles nothing")
class SlackDeliveryTest {

    @TempDir
    Path dir;

    SlackFixture fx;

    @BeforeEach
    void start() {
        fx = SlackFixture.start(dir);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** The texts the thread of the channel's only deployment should hold, in order. */
    private List<String> expectedThread() {
        Deployment d = fx.store.active(CHANNEL).get(0);
        return new DeploymentMessages(new TimeFormat(ZoneId.of("UTC"), Clock.systemUTC())).thread(d).stream()
                .map(Draft::text).toList();
    }

    /** Waits for the thread under {@code root} to hold every message of the deployment, once each, in order. */
    private void awaitWholeThreadUnder(FakeMessage root) {
        List<String> expected = expectedThread();
        Eventually.await("the whole thread", WAIT,
                () -> fx.slack.workspace().thread(CHANNEL, root.ts()).size() >= expected.size());
        fx.awaitQuiet();
        assertThat(fx.slack.workspace().thread(CHANNEL, root.ts())).extracting(FakeMessage::text)
                .containsExactlyElementsOf(expected);
    }

    private void assertWholeDeploymentPostedOnceInOrder() {
        Eventually.await("the root", WAIT, () -> fx.slack.workspace().channel(CHANNEL).size() == 1);
        FakeMessage root = fx.slack.workspace().channel(CHANNEL).get(0);
        awaitWholeThreadUnder(root);
        assertThat(fx.slack.workspace().channel(CHANNEL)).hasSize(1);
        assertThat(fx.slack.workspace().violations()).isEmpty();
    }

    @Test
    void anOutageOfServerErrorsIsWaitedOutAndEverythingArrivesInOrder() {
        fx.slack.outage(new Fault.ServerError(503));

        fx.slash("UALICE", "start v2.3.1");
        Eventually.await("a few failed attempts", WAIT, () -> fx.slack.workspace().failures() >= 3);
        fx.slack.recover();

        assertWholeDeploymentPostedOnceInOrder();
    }

    @Test
    void aSlackThatHangsIsGivenUpOnAndTriedAgain() {
        fx.slack.outage(new Fault.Hang());

        fx.slash("UALICE", "start v2.3.1");
        Eventually.await("two hanging attempts", WAIT, () -> fx.slack.workspace().failures() >= 2);
        fx.slack.recover();

        assertWholeDeploymentPostedOnceInOrder();
    }

    @Test
    void aRateLimitIsHonouredForAsLongAsRetryAfterSays() {
        fx.slack.failNext(1, new Fault.RateLimited(1));
        long started = System.nanoTime();

        fx.slash("UALICE", "start v2.3.1");
        Eventually.await("the root", WAIT, () -> fx.slack.workspace().channel(CHANNEL).size() == 1);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertWholeDeploymentPostedOnceInOrder();
    }

    @Test
    void whatWasNotDeliveredBeforeARestartIsDeliveredAfterIt() {
        // Slack is down while the bot stops, and back when it starts (the start checks the token with Slack).
        fx.slack.outage(new Fault.ServerError(500));
        fx.slash("UALICE", "start v2.3.1");
        Eventually.await("a failed attempt", WAIT, () -> fx.slack.workspace().failures() >= 1);

        fx.restart(fx.slack::recover);

        assertWholeDeploymentPostedOnceInOrder();
        FakeMessage root = fx.slack.workspace().channel(CHANNEL).get(0);
        assertThat(fx.awaitDeployment(root.ts()).threadRef()).contains(root.ts());
    }

    @Test
    void whoStartsADeploymentWhereTheAppIsNotInvitedIsToldSo() {
        fx.slack.workspace().leave(CHANNEL);

        fx.slash("UALICE", "start v2.3.1");

        Eventually.await("a note to the typist", WAIT, () -> !fx.slack.workspace().ephemerals().isEmpty());
        assertThat(fx.slack.workspace().ephemerals().get(0).text()).contains("not_in_channel").contains("/invite");
    }

    @Test
    void aClickDuringASlackOutageIsRecordedAtOnceAndShownWhenSlackIsBack() {
        SlackFixture.Started started = fx.startDeployment("UALICE", "v2.3.1");
        fx.slack.outage(new Fault.ServerError(500));

        fx.click(Interactions.toggle("UBOB", fx.sectionWith(started, 12), 12));

        assertThat(fx.deployment(started.id()).item(12)).isPresent();
        Eventually.await("a failed update", WAIT, () -> fx.slack.workspace().failures() >= 1);
        assertThat(Interactions.ticked(fx.sectionWith(started, 12), 12)).isFalse();
        fx.slack.recover();
        Eventually.await("the section updated", WAIT, () -> Interactions.ticked(fx.sectionWith(started, 12), 12));
    }

    @Test
    @DisplayName("a change made before the deployment's messages are posted is in them when they are")
    void aChangeBeforeThePostsIsShownInThem() {
        fx.slack.outage(new Fault.ServerError(503));
        fx.slash("UALICE", "start v2.3.1");
        Eventually.await("a failed post", WAIT, () -> fx.slack.workspace().failures() >= 1);

        fx.slash("UBOB", "tick 12");
        fx.slack.recover();

        Eventually.await("the root and the answer to the tick", WAIT,
                () -> fx.slack.workspace().channel(CHANNEL).size() == 2);
        FakeMessage root = fx.slack.workspace().channel(CHANNEL).get(0);
        awaitWholeThreadUnder(root);
        assertThat(fx.slack.workspace().thread(CHANNEL, root.ts()).stream().anyMatch(m -> Interactions.ticked(m, 12)))
                .as("item 12 shown ticked").isTrue();
        assertThat(root.text()).contains("1/181");
        assertThat(fx.slack.workspace().violations()).isEmpty();
    }
}
