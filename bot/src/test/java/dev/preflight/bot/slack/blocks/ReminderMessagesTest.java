package dev.preflight.bot.slack.blocks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.preflight.bot.slack.fake.BlockKitRules;
import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Origin;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderTask;
import dev.preflight.commands.template.Cadence;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A maintenance reminder's Slack message")
class ReminderMessagesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant DUE = Instant.parse("2024-03-11T08:00:00Z");

    private static Reminder reminder(List<ReminderTask> tasks, Origin origin, Optional<Reminder.Skip> skip) {
        return new Reminder(7, Cadence.WEEKLY, origin, DUE, "COPS", BERLIN, tasks, Optional.of(DUE),
                Optional.of("reminder:7"), DUE.plusSeconds(86_400), Optional.empty(), 0, Optional.empty(), skip);
    }

    private static ReminderTask open(int number, String text) {
        return new ReminderTask(number, text, Optional.empty());
    }

    private static ReminderTask done(int number, String text, String user, String utc) {
        return new ReminderTask(number, text, Optional.of(new ReminderTask.Done(user, Instant.parse(utc))));
    }

    private static JsonArray blocks(Draft draft) {
        return JsonParser.parseString(draft.blocksJson().orElseThrow()).getAsJsonArray();
    }

    /** Task number → whether it shows ticked, over every checkbox group of the message. */
    private static List<int[]> checkboxes(Draft draft) {
        List<int[]> shown = new ArrayList<>();
        for (JsonElement e : blocks(draft)) {
            JsonObject block = e.getAsJsonObject();
            if (!"actions".equals(block.get("type").getAsString())) {
                continue;
            }
            JsonObject element = block.getAsJsonArray("elements").get(0).getAsJsonObject();
            assertThat(element.get("action_id").getAsString()).isEqualTo(BlockIds.REMIND_ACTION);
            assertThat(BlockIds.taskRange(block.get("block_id").getAsString())).get()
                    .extracting(BlockIds.TaskRange::reminder).isEqualTo(7L);
            Set<String> initial = new HashSet<>();
            if (element.has("initial_options")) {
                element.getAsJsonArray("initial_options").forEach(o -> initial.add(o.getAsJsonObject().get("value").getAsString()));
            }
            for (JsonElement o : element.getAsJsonArray("options")) {
                String value = o.getAsJsonObject().get("value").getAsString();
                shown.add(new int[] {Integer.parseInt(value), initial.contains(value) ? 1 : 0});
            }
        }
        return shown;
    }

    @Test
    void showsEveryTaskAsACheckboxTickedWhenDoneWithWhoAndWhen() {
        Reminder r = reminder(List.of(open(1, "Review security logs"),
                done(2, "Check for failed login attempts", "U0111", "2024-03-11T08:40:00Z"),
                open(3, "Verify Stripe transactions")), Origin.SCHEDULED, Optional.empty());

        Draft draft = ReminderMessages.message(r, "v1");

        assertThat(checkboxes(draft)).extracting(c -> c[0] + ":" + c[1]).containsExactly("1:0", "2:1", "3:0");
        assertThat(blocks(draft).toString()).contains("Weekly maintenance #7, due Mon 11 Mar 2024 09:00",
                "<@U0111>, Mon 11 Mar 2024 09:40", "2 of 3 tasks left");
        assertThat(draft.messageKey()).contains("reminder:7");
        assertThat(draft.text()).startsWith("Weekly maintenance #7");
    }

    @Test
    void saysAllDoneAndByWhomOnceEveryTaskIsTicked() {
        Reminder r = reminder(List.of(done(1, "a", "UALICE", "2024-03-11T08:30:00Z"),
                done(2, "b", "UBOB", "2024-03-11T09:12:00Z"), done(3, "c", "UALICE", "2024-03-11T09:00:00Z")),
                Origin.SCHEDULED, Optional.empty());

        assertThat(blocks(ReminderMessages.message(r, "v1")).toString())
                .contains("All done by <@UALICE> and <@UBOB>, Mon 11 Mar 2024 10:12.");
    }

    @Test
    void saysWhoSkippedItAndWhyAndThatItWasPostedLate() {
        Reminder r = reminder(List.of(open(1, "a")), Origin.CAUGHT_UP,
                Optional.of(new Reminder.Skip("UBOB", DUE, "public holiday <Easter> & co")));

        String shown = blocks(ReminderMessages.message(r, "v1")).toString();

        assertThat(shown).contains("Skipped by <@UBOB>", "public holiday &lt;Easter&gt; &amp; co", "Posted late");
    }

    @Test
    void aNudgeMentionsTheRolesHoldersOrElseNamesTheRole() {
        Reminder r = reminder(List.of(open(1, "a"), done(2, "b", "U1", "2024-03-11T08:30:00Z")), Origin.SCHEDULED,
                Optional.empty());

        assertThat(ReminderMessages.nudge(r, new Nudge(2, Optional.of("devops")), Set.of("UB", "UA")).get(0).text())
                .startsWith("<@UA> <@UB> *Weekly maintenance #7").contains("1 of 2 tasks left", "1. a");
        assertThat(ReminderMessages.nudge(r, new Nudge(2, Optional.of("devops")), Set.of()).get(0).text())
                .startsWith("@devops *Weekly");
        assertThat(ReminderMessages.nudge(r, new Nudge(1, Optional.empty()), Set.of()).get(0).text())
                .startsWith("*Weekly");
    }

    @Test
    @DisplayName("stays within Slack's limits for reminders of any size, and shows or names every task")
    void withinLimitsForAnyReminder() {
        long seed = Long.getLong("reminders.seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int round = 0; round < 150; round++) {
            int count = 1 + random.nextInt(random.nextInt(5) == 0 ? 400 : 25);
            List<ReminderTask> tasks = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                String text = RandomTemplates.text(random, 1 + random.nextInt(random.nextInt(6) == 0 ? 4000 : 90));
                tasks.add(random.nextBoolean() ? open(n, text)
                        : done(n, text, "U" + random.nextInt(20), "2024-03-11T09:00:00Z"));
            }
            Optional<Reminder.Skip> skip = random.nextInt(8) == 0
                    ? Optional.of(new Reminder.Skip("U1", DUE, RandomTemplates.text(random, 1 + random.nextInt(5000))))
                    : Optional.empty();
            Reminder r = reminder(tasks, Origin.values()[random.nextInt(Origin.values().length)], skip);

            Draft draft = ReminderMessages.message(r, Long.toString(random.nextLong() & Long.MAX_VALUE, 36));

            String where = "seed " + seed + ", round " + round + ", " + count + " tasks";
            assertThat(BlockKitRules.check(draft.text(), blocks(draft))).as(where).isEmpty();
            List<int[]> shown = checkboxes(draft);
            int capacity = ReminderMessages.MAX_GROUPS * 10;
            assertThat(shown).as(where).hasSize(Math.min(count, capacity));
            for (int[] c : shown) {
                assertThat(c[1] == 1).as(where + ", task " + c[0]).isEqualTo(tasks.get(c[0] - 1).isDone());
            }
            if (count > capacity) {
                assertThat(blocks(draft).toString()).as(where).contains("Tasks " + (capacity + 1) + " to " + count);
            }
            for (Draft nudge : ReminderMessages.nudge(r, new Nudge(2, Optional.of("ops")), Set.of("U1"))) {
                assertThat(BlockKitRules.check(nudge.text(), blocks(nudge))).as(where + ", nudge").isEmpty();
            }
        }
    }
}
