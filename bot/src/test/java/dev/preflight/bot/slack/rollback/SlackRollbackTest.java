package dev.preflight.bot.slack.rollback;

import dev.preflight.bot.slack.fake.Eventually;
import dev.preflight.bot.slack.fake.FakeEphemeral;
import dev.preflight.bot.slack.fake.FakeMessage;
import dev.preflight.bot.slack.fake.Interactions;
import dev.preflight.commands.deployment.DeploymentEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.preflight.bot.slack.rollback.SlackRollbackFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A rollback in a deployment's Slack thread")
class SlackRollbackTest {

    @TempDir
    Path dir;
    private SlackRollbackFixture bot;

    @BeforeEach
    void start() {
        bot = new SlackRollbackFixture(dir, DrillTemplate.MARKDOWN);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    @DisplayName("a dry run shows every command filled in and executes none")
    void dryRunExecutesNothing() {
        bot.mention("UOPS", "rollback start commit-hash=abc1234 --dry-run");
        FakeMessage opened = bot.awaitMessage("the dry run's plan", m -> m.text().startsWith("Dry run opened"),
                m -> true);
        assertThat(opened.visibleText()).contains("abc1234").contains("exit 3").contains("echo verified");

        bot.mention("UOPS", "rollback run 1");
        bot.awaitMessage("step 1 shown", m -> m.text().contains("Dry run: shown to"), m -> true);
        bot.awaitQuiet();

        assertThat(dir.resolve("stopped.txt")).doesNotExist();
        assertThat(bot.stepMessages(1)).isEmpty();
        assertThat(bot.events(DeploymentEvent.RollbackStepStarted.class)).isEmpty();
        assertThat(bot.events(DeploymentEvent.RollbackStepRehearsed.class)).hasSize(1);
        assertThat(bot.slack.workspace().violations()).isEmpty();
    }

    @Test
    @DisplayName("a step's message is posted once in the thread and replaced in place with its output")
    void stepMessageIsUpdatedInPlace() {
        bot.mention("UOPS", "rollback start commit-hash=abc1234");
        bot.awaitMessage("the opened rollback", m -> m.text().startsWith("Rollback opened"), m -> true);
        bot.mention("UOPS", "rollback run 1");

        FakeMessage step = bot.awaitStep(1, "Exit 0");
        bot.awaitQuiet();

        assertThat(bot.stepMessages(1)).hasSize(1);
        assertThat(step.threadTs()).contains(bot.rootTs);
        assertThat(step.updates()).isPositive();
        assertThat(bot.slack.workspace().delivered()).contains("update " + SlackRollbackFixture.CHANNEL + "/" + step.ts());
        assertThat(step.visibleText())
                .as("the end of the output, escaped: it mentions nobody")
                .contains("stopped abc1234").contains("&lt;!channel&gt; &amp; &lt;@U0BOSS&gt;")
                .doesNotContain("<!channel>").doesNotContain("<@U0BOSS>");
        assertThat(Interactions.button(step, "rollback run 2")).get()
                .satisfies(b -> assertThat(b.get("value").getAsString())
                        .isEqualTo("#" + bot.deployment + " rollback run 2"));
        assertThat(Interactions.button(step, "rollback skip 2")).isPresent();
        assertThat(Interactions.button(step, "rollback abort")).isPresent();
        assertThat(dir.resolve("stopped.txt")).exists();
        assertThat(bot.slack.workspace().violations()).isEmpty();
    }

    @Test
    @DisplayName("buttons drive the run: a refusal is shown only to its clicker, a double click runs a step once")
    void buttonsDriveTheRun() {
        bot.mention("UOPS", "rollback start commit-hash=abc1234");
        bot.mention("UOPS", "rollback run 1");
        FakeMessage first = bot.awaitStep(1, "Exit 0");

        bot.press("UDEV", first, "rollback run 2");
        Eventually.await("the refusal", WAIT, () -> !whispersTo("UDEV").isEmpty());
        assertThat(whispersTo("UDEV")).singleElement().satisfies(w -> {
            assertThat(w.text()).contains("devops-sysadmin");
            assertThat(w.threadTs()).contains(bot.rootTs);
        });
        assertThat(bot.stepMessages(2)).isEmpty();

        bot.press("UOPS", first, "rollback run 2");
        bot.press("UOPS", first, "rollback run 2");
        FakeMessage failed = bot.awaitStep(2, "Exit 3");
        bot.awaitQuiet();
        assertThat(bot.events(DeploymentEvent.RollbackStepStarted.class)).extracting(DeploymentEvent.RollbackStepStarted::step)
                .containsExactly(1, 2);
        assertThat(bot.stepMessages(2)).hasSize(1);
        assertThat(whispersTo("UOPS")).isEmpty();

        bot.press("UOPS", failed, "rollback skip 2");
        bot.awaitMessage("the skip", m -> m.text().contains("skipped by"), m -> true);
        bot.mention("UOPS", "rollback run 3");
        FakeMessage last = bot.awaitStep(3, "The rollback is complete");
        bot.awaitQuiet();

        assertThat(Interactions.button(last, "rollback abort")).isEmpty();
        assertThat(bot.events(DeploymentEvent.RollbackStepSkipped.class)).singleElement()
                .satisfies(s -> assertThat(s.step()).isEqualTo(2));
        assertThat(bot.events(DeploymentEvent.RollbackStepStarted.class)).hasSize(3);
        assertThat(bot.slack.workspace().violations()).isEmpty();
    }

    @Test
    @DisplayName("the abort button ends the run for everyone to see")
    void abortButtonEndsTheRun() {
        bot.mention("UOPS", "rollback start commit-hash=abc1234");
        bot.mention("UOPS", "rollback run 1");
        FakeMessage first = bot.awaitStep(1, "Exit 0");

        bot.press("UOPS", first, "rollback abort");

        bot.awaitMessage("the abort", m -> m.text().startsWith("Rollback aborted by"), m -> true);
        assertThat(bot.events(DeploymentEvent.RollbackAborted.class)).hasSize(1);
        assertThat(bot.slack.workspace().violations()).isEmpty();
    }

    @Test
    @DisplayName("each press of a monitoring command's button runs it again, and each run is recorded")
    void monitorButtonRunsAgain() {
        bot.mention("UOPS", "monitor say-hello");
        FakeMessage first = bot.awaitMessage("the monitoring command", m -> m.text().startsWith("*Monitor"),
                m -> m.visibleText().contains("Exit 0"));
        assertThat(first.visibleText()).contains("hello from the host");

        bot.press("UOPS", first, "monitor say-hello");
        Eventually.await("the second run", WAIT, () -> bot.events(DeploymentEvent.MonitorRan.class).size() == 2);
        bot.press("UOPS", first, "monitor say-hello");
        Eventually.await("the third run", WAIT, () -> bot.events(DeploymentEvent.MonitorRan.class).size() == 3);
        bot.awaitQuiet();

        assertThat(bot.thread().stream().filter(m -> m.text().startsWith("*Monitor"))).hasSize(3);
        assertThat(bot.slack.workspace().violations()).isEmpty();
    }

    private List<FakeEphemeral> whispersTo(String user) {
        return bot.slack.workspace().ephemerals().stream().filter(e -> e.user().equals(user)).toList();
    }
}
