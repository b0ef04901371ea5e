package dev.preflight.bot.slack;

import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlackReminderPosterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void refusesAReminderChannelGivenByNameSayingToUseItsId() {
        ReminderSettings settings = ReminderSettings.defaults("C0OPS", BERLIN)
                .with(ReminderSchedule.defaults(Cadence.MONTHLY, "#ops-leads", BERLIN));

        assertThatThrownBy(() -> new SlackReminderPoster(settings, Map.of()))
                .isInstanceOf(SlackSettingsException.class)
                .hasMessageContaining("\"#ops-leads\"").hasMessageContaining("monthly")
                .hasMessageContaining("C0123ABCDEF");
    }

    @Test
    void takesChannelIdsAndRemindersSwitchedOff() {
        assertThatCode(() -> new SlackReminderPoster(ReminderSettings.defaults("C0OPS", BERLIN), Map.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> new SlackReminderPoster(ReminderSettings.off(), Map.of())).doesNotThrowAnyException();
    }
}
