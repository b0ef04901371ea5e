package dev.preflight.bot.console;

import dev.preflight.bot.Application;
import dev.preflight.bot.config.Settings;
import dev.preflight.bot.reminder.PrintingReminderPoster;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.Status;
import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Template;
import dev.preflight.commands.template.TemplateParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The console chat")
class ConsoleChatTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:02:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;

    private Application app;

    @BeforeEach
    void start() {
        app = Application.start(new Settings(dir.resolve("preflight.db"), ZoneId.of("Europe/Berlin"),
                Settings.BUNDLED_TEMPLATE, Map.of(), Map.of(), Set.of()), CLOCK);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String run(String script) {
        StringWriter out = new StringWriter();
        new ConsoleChat(app.preflight(), app.store(), new PrintWriter(out), "alice")
                .run(new BufferedReader(new StringReader(script)), true);
        return out.toString();
    }

    @Test
    @DisplayName("walks the bundled checklist from start to done with the example script")
    void walksAWholeDeployment() throws IOException {
        String transcript = run(Files.readString(Path.of("../docs/examples/deployment.txt"), StandardCharsets.UTF_8));

        assertThat(transcript).contains("@dave completed #1 v2.3.1")
                .contains("181/181 · required left 0 · sign-offs 4/4")
                .doesNotContain("(only you)");
        Deployment d = app.store().load(1).orElseThrow();
        assertThat(d.status()).isEqualTo(Status.COMPLETED);
        assertThat(d.signOffs()).containsOnlyKeys("project-manager", "dev-lead", "devops-sysadmin", "qa-lead");
    }

    @Test
    @DisplayName("exports a finished deployment as Markdown that parses back with the template's items")
    void exportParsesBack() throws IOException {
        String transcript = run(Files.readString(Path.of("../docs/examples/deployment.txt"), StandardCharsets.UTF_8));
        String export = exported(transcript);

        Template parsed = TemplateParser.parse(export);
        List<String> texts = parsed.items().stream().map(Item::text).toList();
        assertThat(texts).isEqualTo(BundledTemplate.template().items().stream().map(Item::text).toList());
        assertThat(export).contains("- [x] Run `python manage.py check` to verify no errors")
                .contains("N/A: no CDN yet");
    }

    @Test
    @DisplayName("shows boxes as [ ] and [x] with who and when, and indents the thread under its root")
    void rendersTheThread() {
        String transcript = run("start v2.3.1 --env production\n:thread 1\ntick 2\n");

        assertThat(transcript).contains("preflight: #1 v2.3.1 · production")
                .contains("  │ 1. [ ] Run `python manage.py check` to verify no errors")
                .contains("  │ ✎ 2. [x] Remove `DEBUG = True` from production settings — @alice 10:02")
                .contains("#1 ✎ 1/181");
    }

    @Test
    @DisplayName("switches users with :as and refuses what the chat would refuse, in one line")
    void switchesUsers() {
        String transcript = run("start v1\ntick 3\n:as bob\ntick 3\ntick 999\n");

        assertThat(transcript).contains("console: you are now @bob")
                .contains("bob> ")
                .contains("preflight (only you): Nothing changed: 3 was already ticked by @alice");
        assertThat(transcript.lines().filter(l -> l.contains("There is no item 999"))).hasSize(1);
    }

    @Test
    @DisplayName("refuses to enter the thread of a deployment that does not exist")
    void refusesAnUnknownThread() {
        String transcript = run(":thread 7\n:thread x\n");

        assertThat(transcript).contains("console: there is no deployment #7 here")
                .contains("console: type :thread ID, e.g. :thread 3");
    }

    @Test
    @DisplayName("keeps every tick in the database file after the console ends")
    void keepsTicksAcrossRestarts() {
        run("start v1\ntick 1-5\n");
        app.close();
        app = Application.start(new Settings(dir.resolve("preflight.db"), ZoneId.of("UTC"),
                Settings.BUNDLED_TEMPLATE, Map.of(), Map.of(), Set.of()), CLOCK);

        assertThat(app.store().load(1).orElseThrow().items()).containsOnlyKeys(1, 2, 3, 4, 5);
    }

    @Nested
    @DisplayName("with reminders in the settings")
    class WithReminders {

        @Test
        @DisplayName("runs scripts/reminders.txt: posts a weekly reminder here, ticks it in place and reports it open")
        void runsTheRemindersScript() throws IOException {
            app.close();
            StringWriter transcript = new StringWriter();
            PrintWriter out = new PrintWriter(transcript);
            Settings settings = new Settings(dir.resolve("reminders.db"), ZoneId.of("Europe/Berlin"),
                    Settings.BUNDLED_TEMPLATE, Map.of(), Map.of(), Set.of())
                    .withReminders(ConsoleChat.postedHere(ReminderSettings.defaults("#ops", ZoneId.of("Europe/Berlin"))));
            app = Application.start(settings, CLOCK, new PrintingReminderPoster(out));
            String script;
            try (InputStream in = ConsoleChatTest.class.getResourceAsStream("/scripts/reminders.txt")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }

            new ConsoleChat(app.preflight(), app.store(), out, "alice").run(new BufferedReader(new StringReader(script)), true);

            assertThat(transcript.toString()).isEqualToNormalizingNewlines("""
                    alice> remind now weekly
                    [console] Weekly maintenance #1, asked for Fri 27 Nov 2026 10:02
                    1. [ ] Review security logs
                    2. [ ] Check for failed login attempts
                    3. [ ] Verify Stripe transactions
                    Tick with `remind done 1 <task numbers>`.
                    preflight: Posted weekly maintenance #1 in console.
                    alice> remind done 1 1
                    [console] (updated) Weekly maintenance #1, asked for Fri 27 Nov 2026 10:02
                    1. [x] Review security logs (alice, Fri 27 Nov 2026 10:02)
                    2. [ ] Check for failed login attempts
                    3. [ ] Verify Stripe transactions
                    Tick with `remind done 1 <task numbers>`.
                    preflight: Ticked task 1 of reminder #1; 2 of 3 tasks left.
                    alice> remind report
                    preflight: Since Wed 28 Oct 2026: 1 open.
                               Weekly maintenance #1, asked for Fri 27 Nov 2026 10:02: open, 2 of 3 tasks left
                    alice>\s
                    """);

            app.close();
            app = Application.start(settings, CLOCK, new PrintingReminderPoster(out));
            assertThat(run("remind report\n")).as("after a restart on the same file")
                    .contains("Weekly maintenance #1, asked for Fri 27 Nov 2026 10:02: open, 2 of 3 tasks left");
        }
    }

    private static String exported(String transcript) {
        StringBuilder md = new StringBuilder();
        boolean inside = false;
        for (String line : transcript.split("\n")) {
            String text = line.replaceFirst("^  │ (preflight: | {11})", "");
            if (text.startsWith("── deployment-") && text.endsWith(".md ──")) {
                inside = true;
            } else if (inside && text.startsWith("── end of ")) {
                break;
            } else if (inside) {
                md.append(text).append('\n');
            }
        }
        return md.toString();
    }
}
