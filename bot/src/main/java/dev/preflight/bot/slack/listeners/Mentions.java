package dev.preflight.bot.slack.listeners;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.preflight.commands.conversation.Invocation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code @Preflight tick 12} in a deployment's thread acts on that deployment; the answer goes into the thread.
 * The event id is the request id, so an event Slack delivers again records nothing twice.
 */
final class Mentions implements BoltEventHandler<AppMentionEvent> {

    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>[\\s:,]*");

    private final Conversation conversation;
    private final AckBudget acks;

    Mentions(Conversation conversation, AckBudget acks) {
        this.conversation = conversation;
        this.acks = acks;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (event.getUser() == null || event.getBotId() != null) {
            return ctx.ack();
        }
        Optional<String> thread = Optional.ofNullable(event.getThreadTs());
        String text = LEADING_MENTION.matcher(event.getText() == null ? "" : event.getText()).replaceFirst("").strip();
        Invocation invocation = new Invocation(event.getUser(), event.getChannel(), thread,
                "slack:event:" + payload.getEventId(), text);
        Origin origin = Origin.thread(event.getChannel(), thread, event.getUser(), false);
        acks.run("mention " + text, () -> conversation.handle(invocation, origin));
        return ctx.ack();
    }
}
