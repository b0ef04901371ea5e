package dev.preflight.commands.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.commands.deployment.Deployment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** list, log, export and help. */
class InformationTest extends ChatTest {

    @Nested
    class ListCommand {

        @Test
        void listsTheActiveDeploymentsOfTheChannel() {
            chat.start("Release 2.4");
            Deployment hotfix = chat.start("Hotfix 7");
            chat.start("Old one");
            chat.type("U_ANN", "#3 cancel superseded");

            String said = Replies.said(chat.type("U_ANN", "list"));

            assertThat(said.split("\n")).containsExactly("2 active deployments here:",
                    "#1 Release 2.4 · production — 0/181 · required left 169 · sign-offs 0/4 · active · started by <@U_ANN> at 10:00",
                    "#" + hotfix.id() + " Hotfix 7 · production — 0/181 · required left 169 · sign-offs 0/4 · active · started by <@U_ANN> at 10:00");
        }

        @Test
        void saysWhenThereIsNone() {
            assertThat(Replies.said(chat.type("U_ANN", "list")))
                    .isEqualTo("No deployment is active in this channel; start one: start <name>");
        }
    }

    @Test
    @DisplayName("log shows every event: when, who, what")
    void log() {
        Deployment d = chat.start("Release 2.4");
        chat.clock.advance(Duration.ofMinutes(2));
        chat.type("U_BOB", "tick 3");
        chat.type("U_BOB", "na 14 no uploads");
        chat.type("U_DEV", "signoff dev-lead ok");

        String said = Replies.said(chat.typeIn(Chat.thread(d.id()), "U_ANN", "log"));

        assertThat(said.split("\n")).containsExactly("Timeline of #1 Release 2.4 · production:",
                "2026-11-27 10:00 <@U_ANN> started \"Release 2.4\" on production from template production-deployment",
                "2026-11-27 10:00 Preflight posted the checklist thread",
                "2026-11-27 10:02 <@U_BOB> ticked 3 (Review all TODO comments in code)",
                "2026-11-27 10:02 <@U_BOB> marked 14 (Test file uploads (if applicable)) N/A: no uploads",
                "2026-11-27 10:02 <@U_DEV> signed off as Dev Lead: ok");
    }

    @Nested
    class Export {

        @Test
        @DisplayName("md gives the filled-in checklist with who ticked what when, N/A reasons, sign-offs and completion")
        void markdown() {
            Deployment d = chat.start("Release 2.4");
            chat.type("U_BOB", "tick 1");
            chat.type("U_BOB", "na 14 no uploads");
            chat.type("U_DEV", "signoff dev-lead looks good");

            List<Reply> replies = chat.type("U_ANN", "export --format md");

            assertThat(replies).hasSize(1).first().isInstanceOf(Reply.Document.class);
            Reply.Document doc = (Reply.Document) replies.get(0);
            assertThat(doc.fileName()).isEqualTo("deployment-" + d.id() + "-release-2-4.md");
            assertThat(doc.content()).contains(
                    "- [x] Run `python manage.py check` to verify no errors\n  ✔ @U_BOB · 2026-11-27 10:00\n",
                    "- [ ] Remove `DEBUG = True` from production settings\n",
                    "- [ ] Test file uploads (if applicable)\n  N/A: no uploads — @U_BOB · 2026-11-27 10:00\n",
                    "## Deployment Record",
                    "- Progress: 2/181 · required left 168 · sign-offs 1/4",
                    "- Dev Lead: signed off by @U_DEV · 2026-11-27 10:00 — looks good",
                    "- QA Lead: not signed off",
                    "- Status: active");
        }

        @Test
        void markdownRecordsAForcedCompletion() {
            chat.start("Release 2.4");
            chat.type("U_ADMIN", "done --force outage");

            assertThat(((Reply.Document) chat.type("U_ANN", "#1 export").get(0)).content())
                    .contains("- Status: completed, forced (outage) — @U_ADMIN · 2026-11-27 10:00");
        }

        @Test
        @DisplayName("json gives the deployment and every event")
        void json() throws Exception {
            Deployment d = chat.start("Release 2.4");
            chat.type("U_BOB", "tick 3-4");
            chat.type("U_BOB", "na 14 no uploads");

            Reply.Document doc = (Reply.Document) chat.type("U_ANN", "export --format json").get(0);

            assertThat(doc.fileName()).endsWith(".json");
            JsonNode root = new ObjectMapper().readTree(doc.content());
            assertThat(root.get("id").asLong()).isEqualTo(d.id());
            assertThat(root.get("status").asText()).isEqualTo("active");
            assertThat(root.get("items")).hasSize(Checklists.ITEMS);
            assertThat(root.get("items").get(2).get("state").asText()).isEqualTo("done");
            assertThat(root.get("items").get(2).get("by").asText()).isEqualTo("U_BOB");
            assertThat(root.get("items").get(13).get("reason").asText()).isEqualTo("no uploads");
            assertThat(root.get("events")).hasSize(chat.events(d.id()).size());
            assertThat(root.get("events").get(2).get("type").asText()).isEqualTo("Ticked");
            assertThat(root.get("events").get(2).get("item").asInt()).isEqualTo(3);
            assertThat(root.get("events").get(0).get("templateSource").asText()).isEqualTo(Checklists.BUNDLED);
        }
    }

    @Nested
    class Help {

        @Test
        void listsEveryCommand() {
            String help = Replies.whisper(chat.type("U_ANN", "help"));

            for (Verb verb : Verb.values()) {
                assertThat(help).contains("  " + verb.usage() + " — ");
            }
        }

        @Test
        @DisplayName("help na explains how to separate a named item from the reason")
        void explainsOneCommand() {
            assertThat(Replies.whisper(chat.type("U_ANN", "help na")))
                    .contains("na <items> <reason>", "na \"file uploads\" no uploads in this release",
                            "na Analytics -- no tracking yet", "na 12 -- 3rd party handles it");
        }
    }
}
