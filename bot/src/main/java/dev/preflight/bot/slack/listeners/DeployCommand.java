package dev.preflight.bot.slack.listeners;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.preflight.commands.conversation.Invocation;

import java.util.Optional;

/**
 * {@code /deploy <command>} typed in a channel: the core carries it out; what everyone should see is posted in
 * the channel, what only the typist should see goes back through the command's {@code response_url}.
 */
final class DeployCommand implements SlashCommandHandler {

    static final String COMMAND = "/deploy";

    private final Conversation conversation;
    private final AckBudget acks;

    DeployCommand(Conversation conversation, AckBudget acks) {
        this.conversation = conversation;
        this.acks = acks;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        Invocation invocation = new Invocation(p.getUserId(), p.getChannelId(), Optional.empty(),
                "slack:command:" + p.getTriggerId(), p.getText() == null ? "" : p.getText());
        Origin origin = Origin.command(p.getChannelId(), p.getUserId(), p.getResponseUrl());
        Optional<String> failure = acks.run("/deploy " + invocation.text(),
                () -> conversation.handle(invocation, origin));
        return failure.map(f -> ctx.ack("Preflight could not do that just now (" + f + "). Please try again."))
                .orElseGet(ctx::ack);
    }
}
