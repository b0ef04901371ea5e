package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Reminder settings")
class ReminderSettingsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    @DisplayName("by default remind of every cadence at 09:00 on Monday to Friday, nudging three times")
    void defaults() {
        ReminderSettings settings = ReminderSettings.defaults("#ops", BERLIN);

        assertThat(settings.inOrder()).extracting(ReminderSchedule::cadence).containsExactly(Cadence.values());
        assertThat(settings.inOrder()).allSatisfy(s -> {
            assertThat(s.channel()).isEqualTo("#ops");
            assertThat(s.zone()).isEqualTo(BERLIN);
            assertThat(s.time()).isEqualTo(LocalTime.of(9, 0));
            assertThat(s.workingDays()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(s.cron()).isEmpty();
            assertThat(s.maxNudges()).isEqualTo(3);
            assertThat(s.escalationRole()).isEmpty();
        });
        assertThat(settings.inOrder()).extracting(ReminderSchedule::nudgeAfter)
                .containsExactly(Duration.ofHours(3), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(5));
    }

    @Test
    @DisplayName("can switch one cadence off or change one schedule")
    void changeOne() {
        ReminderSettings settings = ReminderSettings.defaults("#ops", BERLIN).without(Cadence.DAILY)
                .with(ReminderSchedule.defaults(Cadence.WEEKLY, "#ops", BERLIN).withChannel("#security")
                        .withEscalationRole("devops-sysadmin"));

        assertThat(settings.schedule(Cadence.DAILY)).isEmpty();
        assertThat(settings.schedule(Cadence.WEEKLY).orElseThrow().channel()).isEqualTo("#security");
        assertThat(settings.schedule(Cadence.WEEKLY).orElseThrow().escalationRole()).contains("devops-sysadmin");
        assertThat(ReminderSettings.off().inOrder()).isEmpty();
    }

    @Test
    @DisplayName("refuse a schedule that cannot work, saying why")
    void refuseNonsense() {
        ReminderSchedule daily = ReminderSchedule.defaults(Cadence.DAILY, "#ops", BERLIN);

        assertThatThrownBy(() -> daily.withWorkingDays(Set.of())).hasMessageContaining("working day");
        assertThatThrownBy(() -> daily.withChannel(" ")).hasMessageContaining("channel");
        assertThatThrownBy(() -> daily.withNudgeAfter(Duration.ofSeconds(5))).hasMessageContaining("nudge delay");
        assertThatThrownBy(() -> daily.withMaxNudges(-1)).hasMessageContaining("max nudges");
        assertThatThrownBy(() -> new ReminderSettings(Map.of(Cadence.WEEKLY, daily))).hasMessageContaining("weekly entry");
    }

    @Test
    @DisplayName("read durations the way the settings write them")
    void durations() {
        assertThat(ReminderSettings.duration("3h")).contains(Duration.ofHours(3));
        assertThat(ReminderSettings.duration(" 1h30m ")).contains(Duration.ofMinutes(90));
        assertThat(ReminderSettings.duration("2d")).contains(Duration.ofDays(2));
        assertThat(ReminderSettings.duration("three hours")).isEmpty();
        assertThat(ReminderSettings.duration(null)).isEmpty();
    }
}
