package dev.preflight.bot.reminder;

import dev.preflight.bot.TestClock;
import dev.preflight.commands.conversation.Reply;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The console script scripts/reminders.txt")
class RemindersScriptTest {

    @TempDir
    Path dir;

    static List<String> script() throws IOException {
        try (InputStream in = RemindersScriptTest.class.getResourceAsStream("/scripts/reminders.txt")) {
            assertThat(in).as("scripts/reminders.txt on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    @DisplayName("posts a weekly reminder, ticks its first task in place and reports it open")
    void runs() throws IOException {
        StringWriter console = new StringWriter();
        PrintWriter out = new PrintWriter(console);
        try (ReminderBench bench = new ReminderBench(dir.resolve("preflight.db"), ReminderBench.berlinDefaults(),
                new PrintingReminderPoster(out), TestClock.berlin("2024-03-04T10:15"), "console")) {
            for (String line : script()) {
                assertThat(line).startsWith("remind ");
                out.println("> " + line);
                for (Reply reply : bench.type("U0111", line.substring("remind ".length()))) {
                    out.println(reply instanceof Reply.Say say ? say.text() : "(only you) " + ((Reply.Whisper) reply).text());
                }
            }
        }
        out.flush();

        assertThat(console.toString()).isEqualToNormalizingNewlines("""
                > remind now weekly
                [#ops] Weekly maintenance #1, asked for Mon 4 Mar 2024 10:15
                1. [ ] Review security logs
                2. [ ] Check for failed login attempts
                3. [ ] Verify Stripe transactions
                Tick with `remind done 1 <task numbers>`.
                Posted weekly maintenance #1 in #ops.
                > remind done 1 1
                [#ops] (updated) Weekly maintenance #1, asked for Mon 4 Mar 2024 10:15
                1. [x] Review security logs (U0111, Mon 4 Mar 2024 10:15)
                2. [ ] Check for failed login attempts
                3. [ ] Verify Stripe transactions
                Tick with `remind done 1 <task numbers>`.
                Ticked task 1 of reminder #1; 2 of 3 tasks left.
                > remind report
                Since Sat 3 Feb 2024: 1 open.
                Weekly maintenance #1, asked for Mon 4 Mar 2024 10:15: open, 2 of 3 tasks left
                """);
    }
}
