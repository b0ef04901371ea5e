package dev.preflight.bot.slack.listeners;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.preflight.bot.slack.blocks.BlockIds;
import dev.preflight.commands.conversation.Invocation;

import java.util.Optional;

/**
 * A press of a role's sign-off button: {@code #42 signoff dev-lead} on behalf of the presser. The core refuses
 * anyone who does not hold the role; the refusal is shown only to them, in the thread.
 */
final class SignOffClicks implements Click {

    private final Conversation conversation;
    private final AckBudget acks;

    SignOffClicks(Conversation conversation, AckBudget acks) {
        this.conversation = conversation;
        this.acks = acks;
    }

    @Override
    public void click(BlockActionPayload p) {
        Clicks.each(p, BlockIds.SIGN_OFF_ACTION, BlockIds::signOffDeployment,
                (action, deployment) -> signOff(p, action, deployment));
    }

    private void signOff(BlockActionPayload p, BlockActionPayload.Action action, long deployment) {
        String channel = p.getChannel().getId();
        Optional<String> thread = Clicks.thread(p);
        Invocation invocation = new Invocation(p.getUser().getId(), channel, thread,
                Clicks.id(action),
                "#" + deployment + " signoff " + action.getValue());
        Origin origin = Origin.thread(channel, thread, p.getUser().getId(), false);
        acks.run("sign-off " + action.getValue(), () -> conversation.handle(invocation, origin));
    }
}
