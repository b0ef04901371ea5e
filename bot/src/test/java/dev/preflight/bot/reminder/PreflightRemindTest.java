package dev.preflight.bot.reminder;

import dev.preflight.bot.TestClock;
import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.commands.template.Cadence;
import dev.preflight.commands.template.MaintenanceTask;
import dev.preflight.commands.template.TemplateParser;
import dev.preflight.storage.deployment.SqliteDeploymentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The remind verb of /deploy")
class PreflightRemindTest {

    static final TemplateLibrary LIBRARY = TemplateLibrary.of(BundledTemplate.NAME,
            Map.of(BundledTemplate.NAME, BundledTemplate.source()));
    static final AccessPolicy OPEN = new AccessPolicy(Map.of(), Set.of());

    @TempDir
    Path dir;

    private final RecordingPoster chat = new RecordingPoster();
    private ReminderBench bench;
    private Preflight preflight;

    @BeforeEach
    void open() {
        bench = new ReminderBench(dir.resolve("preflight.db"), ReminderBench.berlinDefaults(), chat,
                TestClock.berlin("2024-03-04T10:00"), "bot");
        preflight = new Preflight(new SqliteDeploymentStore(bench.db, TemplateParser::parse), bench.clock, LIBRARY, OPEN,
                TestClock.BERLIN, Optional.of(bench.commands));
    }

    @AfterEach
    void close() {
        bench.close();
    }

    List<Reply> type(Preflight to, String text) {
        return to.handle(new Invocation("U0111", "#ops", Optional.empty(), "req-" + text.hashCode(), text));
    }

    @Test
    @DisplayName("hands remind commands to the reminders, with the text after the verb")
    void handsOver() {
        assertThat(type(preflight, "remind now weekly")).containsExactly(new Reply.Say("Posted weekly maintenance #1 in #ops."));
        assertThat(type(preflight, "REMIND done 1 2")).containsExactly(
                new Reply.Say("Ticked task 2 of reminder #1; 2 of 3 tasks left."));
        assertThat(chat.updated).singleElement()
                .satisfies(r -> assertThat(r.task(2).orElseThrow().done().orElseThrow().user()).isEqualTo("U0111"));
    }

    @Test
    @DisplayName("answers a mistake after remind with the reminders' hint")
    void mistakes() {
        assertThat(type(preflight, "remind done")).singleElement().isInstanceOf(Reply.Whisper.class)
                .asString().contains("remind done <id> <task numbers>");
    }

    @Test
    @DisplayName("says reminders are off when the bot runs without them")
    void off() {
        Preflight without = new Preflight(new SqliteDeploymentStore(bench.db, TemplateParser::parse), bench.clock,
                LIBRARY, OPEN, TestClock.BERLIN);

        assertThat(type(without, "remind list")).singleElement().isInstanceOf(Reply.Whisper.class)
                .asString().contains("reminders are switched off");
    }

    @Test
    @DisplayName("is listed and explained by help")
    void help() {
        assertThat(type(preflight, "help").toString()).contains("remind list|done|snooze|skip|now|report");
        assertThat(type(preflight, "help remind").toString()).contains("remind snooze <id> <duration>");
    }

    @Test
    @DisplayName("the bundled checklist gives 3 daily, 3 weekly, 4 monthly and 4 quarterly tasks")
    void bundledTasks() {
        assertThat(ReminderBench.BUNDLED_TASKS.stream()
                .collect(Collectors.groupingBy(MaintenanceTask::cadence, Collectors.counting())))
                .isEqualTo(Map.of(Cadence.DAILY, 3L, Cadence.WEEKLY, 3L, Cadence.MONTHLY, 4L, Cadence.QUARTERLY, 4L));
    }
}
