package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.blocks.BlockIds;
import dev.preflight.bot.slack.interaction.Click;
import dev.preflight.commands.conversation.Invocation;

import java.util.Optional;

/**
 * A press of a role's sign-off button: {@code #42 signoff dev-lead} on behalf of the presser. The core refuses
 * anyone who does not hold the role; the refusal is shown only to them, in the thread.
 */
final class SignOffClicks implements OnClick {

    private final Conversation conversation;
    private final AckBudget acks;

    SignOffClicks(Conversation conversation, AckBudget acks) {
        this.conversation = conversation;
        this.acks = acks;
    }

    @Override
    public void click(Click p) {
        Clicks.each(p, BlockIds.SIGN_OFF_ACTION, BlockIds::signOffDeployment,
                (action, deployment) -> signOff(p, action, deployment));
    }

    private void signOff(Click p, Click.Action action, long deployment) {
        String channel = p.channel();
        Optional<String> thread = p.thread();
        Invocation invocation = new Invocation(p.user(), channel, thread,
                Clicks.id(action),
                "#" + deployment + " signoff " + action.value().orElse(""));
        Origin origin = Origin.thread(channel, thread, p.user(), false);
        acks.run("sign-off " + action.value().orElse(""), () -> conversation.handle(invocation, origin));
    }
}
