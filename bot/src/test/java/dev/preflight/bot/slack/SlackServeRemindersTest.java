package dev.preflight.bot.slack;

import dev.preflight.bot.Application;
import dev.preflight.bot.TestClock;
import dev.preflight.bot.config.Settings;
import dev.preflight.bot.slack.fake.Eventually;
import dev.preflight.bot.slack.fake.FakeMessage;
import dev.preflight.bot.slack.fake.FakeSlack;
import dev.preflight.bot.slack.fake.Interactions;
import dev.preflight.bot.slack.fake.SlackRequests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.preflight.bot.slack.ReminderFixture.OPS;
import static dev.preflight.bot.TestClock.BERLIN;
import static dev.preflight.bot.slack.SlackFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

class SlackServeRemindersTest {

    @TempDir
    Path dir;

    private static Optional<FakeMessage> weekly(FakeSlack slack) {
        return slack.workspace().channel(OPS).stream().filter(m -> m.text().startsWith("Weekly maintenance #1"))
                .findFirst();
    }

    @Test
    @DisplayName("wired as preflight serve wires them, reminders are posted in Slack and ticked there")
    void wiredAsServeDoes() {
        TestClock clock = TestClock.berlin("2024-03-06T10:00");
        Settings settings = new Settings(dir.resolve("preflight.db"), BERLIN, Settings.BUNDLED_TEMPLATE, Map.of(),
                ReminderFixture.ROLES, Set.of(), ReminderFixture.SETTINGS);
        SlackReminderPoster poster = new SlackReminderPoster(settings.reminders(), settings.roles());
        try (FakeSlack slack = FakeSlack.start(SlackFixture.TOKEN);
             Application app = Application.start(settings, clock, poster);
             SlackServer server = SlackServer.start(new SlackSettings(SlackFixture.TOKEN, SlackFixture.SECRET,
                     slack.apiUrl(), 0, SlackFixture.FAST), app.preflight(), app.database(), app.store(),
                     Clock.systemUTC(), BERLIN, poster)) {
            assertThat(app.startReminders()).isTrue();
            SlackRequests requests = new SlackRequests(server.port(), SlackFixture.SECRET, Clock.systemUTC());

            requests.command("UALICE", OPS, "remind now weekly", "trigger-1", slack.responseUrl());
            Eventually.await("the weekly reminder", WAIT, () -> weekly(slack).isPresent());
            requests.interaction(Interactions.toggle("UBOB", weekly(slack).get(), 3));

            Eventually.await("task 3 ticked in place", WAIT, () -> Interactions.ticked(weekly(slack).get(), 3));
            assertThat(weekly(slack).get().visibleText()).contains("<@UBOB>", "Verify Stripe transactions");
            assertThat(slack.workspace().violations()).isEmpty();
        }
    }
}
