package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.template.BundledTemplate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartCommandTest extends ChatTest {

    @Test
    @DisplayName("start opens a deployment from the default template, for production, and answers Opened")
    void startsFromTheDefaultTemplate() {
        List<Reply> replies = chat.type("U_ANN", "start Release 2.4");

        assertThat(replies).hasSize(1).first().isInstanceOf(Reply.Opened.class);
        Deployment d = ((Reply.Opened) replies.get(0)).deployment();
        assertThat(d.name()).isEqualTo("Release 2.4");
        assertThat(d.environment()).isEqualTo("production");
        assertThat(d.templateName()).isEqualTo(BundledTemplate.NAME);
        assertThat(d.startedBy()).isEqualTo("U_ANN");
        assertThat(d.template().items()).hasSize(Checklists.ITEMS);
        List<RecordedEvent> log = chat.events(d.id());
        assertThat(log).hasSize(1);
        assertThat(log.get(0).event()).isEqualTo(new DeploymentEvent.Started("Release 2.4", "production",
                Chat.CHANNEL, BundledTemplate.NAME, Checklists.BUNDLED));
        assertThat(log.get(0).at()).isEqualTo(Chat.START);
    }

    @Test
    void takesTheTemplateAndEnvironmentGiven() {
        Deployment d = ((Reply.Opened) chat.type("U_ANN", "start Hotfix 7 --template hotfix --env staging").get(0))
                .deployment();

        assertThat(d.templateName()).isEqualTo("hotfix");
        assertThat(d.environment()).isEqualTo("staging");
        assertThat(d.template().items()).hasSize(2);
    }

    @Test
    @DisplayName("a deployment keeps its snapshot of the template: later edits to the template never change it")
    void laterTemplateEditsDoNotChangeTheDeployment() {
        Deployment started = chat.start("Release 2.4");

        chat.templates.put(BundledTemplate.NAME, Checklists.HOTFIX);

        Deployment later = chat.reload(started.id());
        assertThat(later.templateSource()).isEqualTo(Checklists.BUNDLED);
        assertThat(later.template().items()).hasSize(Checklists.ITEMS);
        assertThat(((Reply.Opened) chat.type("U_ANN", "start Release 2.5").get(0)).deployment().template().items())
                .hasSize(2);
    }

    @Test
    void refusesAnUnknownTemplate() {
        assertThat(Replies.mistake(chat.type("U_ANN", "start Release --template nope")))
                .isEqualTo("There is no template nope; the templates are hotfix, production-deployment."
                        + " Leave out --template to use production-deployment.");
        assertThat(chat.store.active(Chat.CHANNEL)).isEmpty();
    }

    @Test
    void refusesAStartWithoutName() {
        assertThat(Replies.mistake(chat.type("U_ANN", "start"))).contains("start <name>");
        assertThat(chat.store.active(Chat.CHANNEL)).isEmpty();
    }

    @Test
    void linkingTheThreadMakesCommandsThereActOnIt() {
        Deployment d = chat.start("Release 2.4");

        assertThat(d.threadRef()).contains(Chat.thread(d.id()));
        assertThat(chat.preflight.linkThread(d.id(), Chat.thread(d.id())).sequence())
                .as("linking again changes nothing").isEqualTo(d.sequence());
    }
}
