package dev.preflight.bot.slack.listeners;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import dev.preflight.bot.slack.blocks.BlockIds;
import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.bot.slack.blocks.MessageKeys;
import dev.preflight.bot.slack.delivery.Outgoing;
import dev.preflight.bot.slack.rollback.RollbackClicks;
import dev.preflight.commands.conversation.Outbox;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.deployment.DeploymentStore;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Registers what the bot listens to in Slack: the slash command and mentions with Bolt, and the clicks (checklist
 * checkboxes, sign-off buttons, maintenance reminder checkboxes, rollback buttons) in {@link BlockActions}.
 */
public final class Listeners {

    private final Conversation conversation;
    private final BlockActions clicks;

    private Listeners(Conversation conversation, BlockActions clicks) {
        this.conversation = conversation;
        this.clicks = clicks;
    }

    /**
     * Registers the listeners of commands and events on {@code app} and those of clicks in {@link #clicks()}. Requests run on {@code workers}; each is acknowledged when done
     * or after {@code ackBudget}, whichever comes first. Letters go to {@code outbox} (timed by
     * {@code outboxClock}) and {@code wake} is run after each enqueue. A reminder click that records nothing
     * shows the reminder again through {@code reminders}.
     */
    public static Listeners register(App app, Preflight core, DeploymentStore store, Outbox outbox, Runnable wake,
                                     DeploymentMessages messages, Clock outboxClock, ExecutorService workers,
                                     Duration ackBudget, ReminderRefresh reminders) {
        Conversation conversation = new Conversation(core, store, outbox, wake, messages, outboxClock);
        AckBudget acks = new AckBudget(workers, ackBudget);
        app.command(DeployCommand.COMMAND, new DeployCommand(conversation, acks));
        app.event(AppMentionEvent.class, new Mentions(conversation, acks));
        RollbackClicks rollback = new RollbackClicks(invocation -> acks.run("rollback button", () ->
                conversation.handle(invocation, Origin.thread(invocation.channel(), invocation.thread(),
                        invocation.user(), false))));
        BlockActions clicks = new BlockActions()
                .on(BlockIds.TICK_ACTION::equals, new ChecklistClicks(conversation, acks))
                .on(BlockIds.SIGN_OFF_ACTION::equals, new SignOffClicks(conversation, acks))
                .on(BlockIds.REMIND_ACTION::equals, new ReminderClicks(conversation, reminders, acks))
                .on(id -> RollbackClicks.ACTION_IDS.matcher(id).matches(), rollback::click);
        return new Listeners(conversation, clicks);
    }

    /** The clicks on the bot's messages, which the endpoint hands over before Bolt sees them. */
    public BlockActions clicks() {
        return clicks;
    }

    /** For the courier: the message {@code messageKey} of a deployment as it stands, as an update. */
    public Optional<Outgoing> current(String messageKey) {
        return conversation.current(messageKey);
    }

    /** For the courier: once a deployment's root message is posted, link the deployment to its thread. */
    public void posted(String messageKey, String channel, String ts) {
        MessageKeys.rootOf(messageKey).ifPresent(id -> conversation.linkThread(id, ts));
    }
}
