package dev.preflight.bot.config;

import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

@DisplayName("The reminders: block of the settings file")
class RemindersSectionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Settings load(String yaml, Map<String, String> env) throws IOException {
        Path file = dir.resolve("preflight.yml");
        Files.writeString(file, yaml);
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("PREFLIGHT_CONFIG", file.toString());
        return new SettingsLoader(all).load();
    }

    private ReminderSettings reminders(String yaml) throws IOException {
        return load(yaml, Map.of()).reminders();
    }

    private ReminderSchedule schedule(String yaml, Cadence cadence) throws IOException {
        return reminders(yaml).schedule(cadence).orElseThrow(() -> new AssertionError("no " + cadence + " schedule"));
    }

    /** The first ```yaml block of docs/REMINDERS.md, so that the loader reads what the documentation shows. */
    private static String documentedBlock() throws IOException {
        String doc = Files.readString(Path.of("../docs/REMINDERS.md"), StandardCharsets.UTF_8);
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(yaml.find()).as("a yaml block in docs/REMINDERS.md").isTrue();
        return yaml.group(1);
    }

    @Nested
    @DisplayName("switches reminders")
    class Switches {

        @Test
        @DisplayName("off without a reminders block, and without a settings file")
        void offWithoutABlock() throws IOException {
            assertThat(reminders("timezone: Europe/Berlin\n")).isEqualTo(ReminderSettings.off());
            assertThat(reminders("reminders:\n")).isEqualTo(ReminderSettings.off());
            assertThat(new SettingsLoader(Map.of()).load().reminders()).isEqualTo(ReminderSettings.off());
            assertThat(Settings.defaults().remindersOn()).isFalse();
        }

        @Test
        @DisplayName("off while no cadence has a channel, even with other keys set")
        void offWithoutAChannel() throws IOException {
            assertThat(reminders("reminders: {time: \"08:00\", daily: {nudge-after: 2h}}\n").schedules()).isEmpty();
        }

        @Test
        @DisplayName("on for every cadence on its default schedule with just a channel")
        void onWithAChannel() throws IOException {
            Settings s = load("timezone: Europe/Berlin\nreminders:\n  channel: \"#ops\"\n", Map.of());
            assertThat(s.remindersOn()).isTrue();
            assertThat(s.reminders()).isEqualTo(ReminderSettings.defaults("#ops", BERLIN));
        }

        @Test
        @DisplayName("on only for the cadences that have a channel of their own when the top has none")
        void onlyCadencesWithAChannel() throws IOException {
            ReminderSettings r = reminders("reminders:\n  monthly:\n    channel: \"#ops-leads\"\n");
            assertThat(r.schedules()).containsOnlyKeys(Cadence.MONTHLY);
            assertThat(r.schedule(Cadence.MONTHLY).orElseThrow().channel()).isEqualTo("#ops-leads");
        }

        @Test
        @DisplayName("off everywhere with enabled: false at the top, except a cadence that switches itself back on")
        void enabledAtTheTop() throws IOException {
            ReminderSettings r = reminders("""
                    reminders:
                      channel: "#ops"
                      enabled: false
                      weekly: {enabled: true}
                    """);
            assertThat(r.schedules()).containsOnlyKeys(Cadence.WEEKLY);
        }
    }

    @Test
    @DisplayName("reads the block docs/REMINDERS.md shows, key by key")
    void readsTheDocumentedBlock() throws IOException {
        ReminderSettings r = reminders("timezone: UTC\n" + documentedBlock());

        assertThat(r.schedules()).containsOnlyKeys(Cadence.DAILY, Cadence.WEEKLY, Cadence.MONTHLY);
        ReminderSchedule daily = r.schedule(Cadence.DAILY).orElseThrow();
        assertThat(daily).isEqualTo(new ReminderSchedule(Cadence.DAILY, "#ops", BERLIN, LocalTime.of(9, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Optional.empty(), Duration.ofHours(3),
                Optional.of("devops-sysadmin"), 3));
        assertThat(r.schedule(Cadence.WEEKLY).orElseThrow().cron()).contains("0 9 * * MON");
        assertThat(r.schedule(Cadence.WEEKLY).orElseThrow().nudgeAfter()).isEqualTo(Duration.ofDays(1));
        assertThat(r.schedule(Cadence.MONTHLY).orElseThrow().channel()).isEqualTo("#ops-leads");
        assertThat(r.schedule(Cadence.MONTHLY).orElseThrow().escalationRole()).contains("devops-sysadmin");
    }

    @Test
    @DisplayName("lets a cadence's own key win over the same key at the top")
    void cadenceKeysWin() throws IOException {
        String yaml = """
                reminders:
                  channel: "#ops"
                  time: "08:15"
                  max-nudges: 1
                  quarterly: {time: "10:00", max-nudges: 0, working-days: [mon, Tuesday]}
                """;
        assertThat(schedule(yaml, Cadence.DAILY).time()).isEqualTo(LocalTime.of(8, 15));
        assertThat(schedule(yaml, Cadence.DAILY).maxNudges()).isEqualTo(1);
        ReminderSchedule quarterly = schedule(yaml, Cadence.QUARTERLY);
        assertThat(quarterly.time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(quarterly.maxNudges()).isZero();
        assertThat(quarterly.workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    }

    @Test
    @DisplayName("reads times of day with or without quotes")
    void readsTimes() throws IOException {
        assertThat(schedule("reminders: {channel: \"#ops\", time: 07:30}\n", Cadence.DAILY).time()).isEqualTo(LocalTime.of(7, 30));
        assertThat(schedule("reminders: {channel: \"#ops\", time: \"7:05\"}\n", Cadence.DAILY).time()).isEqualTo(LocalTime.of(7, 5));
    }

    @Test
    @DisplayName("reads times in the top-level time zone, which PREFLIGHT_TIMEZONE overrides, unless reminders.timezone says otherwise")
    void timeZones() throws IOException {
        String yaml = "timezone: Europe/Berlin\nreminders: {channel: \"#ops\"}\n";
        assertThat(schedule(yaml, Cadence.DAILY).zone()).isEqualTo(BERLIN);
        assertThat(load(yaml, Map.of("PREFLIGHT_TIMEZONE", "Asia/Tokyo")).reminders().schedule(Cadence.DAILY)
                .orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(load("timezone: Europe/Berlin\nreminders: {channel: \"#ops\", timezone: America/New_York}\n",
                Map.of("PREFLIGHT_TIMEZONE", "Asia/Tokyo")).reminders().schedule(Cadence.WEEKLY).orElseThrow().zone())
                .isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    @DisplayName("preflight.example.yml loads, and its commented reminders block loads once uncommented")
    void exampleFile() throws IOException {
        String example = Files.readString(Path.of("../preflight.example.yml"), StandardCharsets.UTF_8);
        assertThat(load(example, Map.of()).remindersOn()).isFalse();

        int block = example.indexOf("\n# reminders:\n");
        assertThat(block).as("a commented reminders block in preflight.example.yml").isPositive();
        String uncommented = example.substring(0, block) + example.substring(block).replaceAll("(?m)^# ", "");
        Settings on = load(uncommented, Map.of());
        assertThat(on.remindersOn()).isTrue();
        assertThat(on.reminders().schedule(Cadence.DAILY).orElseThrow().channel()).isEqualTo("#ops");
    }

    @Nested
    @DisplayName("refuses, in one line naming the key and what to write")
    class Refuses {

        private void refused(String block, String... expected) {
            assertThatThrownBy(() -> reminders("reminders:\n" + block))
                    .isInstanceOf(SettingsException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains(expected));
        }

        @Test
        void aDurationThatIsNotOne() {
            refused("  channel: \"#ops\"\n  daily: {nudge-after: 3x}\n",
                    "reminders.daily.nudge-after: '3x' is not a duration; write 3h, 1d or 1h30m");
        }

        @Test
        void aNudgeDelayUnderAMinute() {
            refused("  channel: \"#ops\"\n  nudge-after: 0m\n", "reminders.nudge-after:", "at least one minute");
        }

        @Test
        void aMalformedCronExpression() {
            refused("  channel: \"#ops\"\n  weekly: {cron: \"0 9 * MON\"}\n", "reminders.weekly.cron:", "five fields");
        }

        @Test
        void aDayThatIsNotOne() {
            refused("  channel: \"#ops\"\n  working-days: [MON, MONTAG]\n", "reminders.working-days: 'MONTAG' is not a day");
        }

        @Test
        void noWorkingDay() {
            refused("  channel: \"#ops\"\n  working-days: []\n", "reminders.working-days:", "at least one working day");
        }

        @Test
        void aTimeThatIsNotOne() {
            refused("  channel: \"#ops\"\n  monthly: {time: \"25:00\"}\n", "reminders.monthly.time: '25:00' is not a time of day");
        }

        @Test
        void anUnknownTimeZone() {
            refused("  channel: \"#ops\"\n  timezone: Mars/Olympus\n", "reminders.timezone: 'Mars/Olympus' is not a time zone");
        }

        @Test
        void tooManyNudges() {
            refused("  channel: \"#ops\"\n  max-nudges: 50\n", "reminders.max-nudges:", "between 0 and 20");
            refused("  channel: \"#ops\"\n  max-nudges: three\n", "reminders.max-nudges: 'three' is not a whole number");
        }

        @Test
        void anUnquotedChannel() {
            refused("  channel: #ops\n", "reminders.channel:", "in quotes");
        }

        @Test
        void anEnabledThatIsNotABoolean() {
            refused("  channel: \"#ops\"\n  quarterly: {enabled: maybe}\n", "reminders.quarterly.enabled: 'maybe'");
        }

        @Test
        void aTypoInAKey() {
            refused("  channel: \"#ops\"\n  weekly: {crn: \"0 9 * * MON\"}\n", "unknown setting 'reminders.weekly.crn'");
            refused("  chanel: \"#ops\"\n", "unknown setting 'reminders.chanel'");
        }

        @Test
        void aCadenceThatIsNotABlock() {
            refused("  channel: \"#ops\"\n  daily: 3h\n", "reminders.daily must be a mapping");
        }

        @Test
        void aValueOfACadenceThatIsSwitchedOff() {
            refused("  channel: \"#ops\"\n  quarterly: {enabled: false, nudge-after: soon}\n",
                    "reminders.quarterly.nudge-after: 'soon' is not a duration");
        }
    }

    @Test
    @DisplayName("reads any value of any key either into a schedule or into one line naming that key")
    void anyValue() throws IOException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String alphabet = "0123456789hmdwMONTUEWEDabcxyz:*/#-_ ,.";
        for (int round = 0; round < 300; round++) {
            String key = RemindersSection.KEYS.get(random.nextInt(RemindersSection.KEYS.size()));
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String yaml = "reminders:\n  channel: \"#ops\"\n  weekly:\n    " + key + ": '" + value + "'\n";
            try {
                reminders(yaml);
            } catch (SettingsException e) {
                assertThat(e.getMessage()).as("seed %d, %s: '%s'", seed, key, value)
                        .contains("reminders.weekly." + key).doesNotContain("\n");
            } catch (RuntimeException e) {
                fail("seed " + seed + ", " + key + ": '" + value + "' threw " + e, e);
            }
        }
    }
}
