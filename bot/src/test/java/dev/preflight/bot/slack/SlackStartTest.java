package dev.preflight.bot.slack;

import dev.preflight.bot.slack.fake.FakeSlack;
import dev.preflight.bot.slack.fake.Fault;
import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import dev.preflight.storage.sqlite.SqliteDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlackStartTest {

    @TempDir
    Path dir;

    @Test
    void aTokenSlackRefusesStopsTheStartWithOneLineNamingIt() {
        try (FakeSlack slack = FakeSlack.start("xoxb-the-right-one");
             SqliteDatabase db = SqliteDatabase.open(dir.resolve("p.db"))) {
            SqliteDeploymentStore store = new SqliteDeploymentStore(db);
            Preflight core = new Preflight(store, Clock.systemUTC(), new NoTemplates(), AccessPolicy.open(),
                    ZoneOffset.UTC);
            SlackSettings settings = new SlackSettings("xoxb-a-wrong-one", SlackFixture.SECRET, slack.apiUrl(), 0,
                    SlackFixture.FAST);

            assertThatThrownBy(() -> SlackServer.start(settings, core, db, store, Clock.systemUTC(), ZoneOffset.UTC))
                    .isInstanceOf(SlackSettingsException.class)
                    .hasMessageStartingWith("SLACK_BOT_TOKEN was not accepted by Slack")
                    .hasMessageNotContaining("xoxb-a-wrong-one")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void aSlackThatDoesNotAnswerIsNotBlamedOnTheToken() {
        try (FakeSlack slack = FakeSlack.start("xoxb-the-right-one");
             SqliteDatabase db = SqliteDatabase.open(dir.resolve("p.db"))) {
            SqliteDeploymentStore store = new SqliteDeploymentStore(db);
            Preflight core = new Preflight(store, Clock.systemUTC(), new NoTemplates(), AccessPolicy.open(),
                    ZoneOffset.UTC);
            SlackSettings settings = new SlackSettings("xoxb-the-right-one", SlackFixture.SECRET, slack.apiUrl(), 0,
                    SlackFixture.FAST);
            slack.outage(new Fault.ServerError(503));

            assertThatThrownBy(() -> SlackServer.start(settings, core, db, store, Clock.systemUTC(), ZoneOffset.UTC))
                    .isInstanceOf(SlackSettingsException.class)
                    .hasMessageStartingWith("Slack's Web API at " + slack.apiUrl() + " (SLACK_API_URL) did not answer");
        }
    }

    private static final class NoTemplates implements TemplateLibrary {
        @Override
        public String defaultName() {
            return "none";
        }

        @Override
        public Optional<Source> find(String name) {
            return Optional.empty();
        }

        @Override
        public List<String> names() {
            return List.of();
        }
    }
}
