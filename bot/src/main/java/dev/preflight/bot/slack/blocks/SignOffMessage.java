package dev.preflight.bot.slack.blocks;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.deployment.SignOff;
import dev.preflight.commands.template.SignOffRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.preflight.bot.slack.blocks.SectionMessage.context;
import static dev.preflight.bot.slack.blocks.SectionMessage.markdown;
import static dev.preflight.bot.slack.blocks.SectionMessage.plain;

/** The thread message with a button per role; its parts hold at most 48 roles each. */
final class SignOffMessage {

    static final int ROLES_PER_PART = Limits.BLOCKS_PER_MESSAGE - 2;

    private final TimeFormat times;

    SignOffMessage(TimeFormat times) {
        this.times = times;
    }

    static int parts(Deployment d) {
        return Math.max(1, (d.template().roles().size() + ROLES_PER_PART - 1) / ROLES_PER_PART);
    }

    Draft render(Deployment d, int part) {
        List<SignOffRole> roles = d.template().roles();
        int count = parts(d);
        String title = count > 1 ? "Sign-off (" + (part + 1) + "/" + count + ")" : "Sign-off";
        String summary = d.signOffs().size() + " of " + roles.size() + " roles signed off. "
                + "Only a holder of a role can sign off for it.";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain(title)).build());
        blocks.add(context(List.of(summary)));
        int from = part * ROLES_PER_PART;
        for (int i = from; i < Math.min(roles.size(), from + ROLES_PER_PART); i++) {
            blocks.add(role(d, roles.get(i), i));
        }
        return new Draft(Optional.of(MessageKeys.signOffs(d.id(), part)), title + ": " + summary, blocks);
    }

    private LayoutBlock role(Deployment d, SignOffRole role, int index) {
        String name = "*" + Mrkdwn.escape(role.name()) + "*";
        SignOff signed = d.signOffs().get(role.slug());
        SectionBlock.SectionBlockBuilder block = SectionBlock.builder().blockId(BlockIds.role(d.id(), index, d.sequence()));
        if (signed != null) {
            String comment = signed.comment() == null || signed.comment().isBlank()
                    ? "" : "\n> " + Mrkdwn.escape(signed.comment()).replace("\n", "\n> ");
            return block.text(markdown(Mrkdwn.shorten("✅ " + name + " — " + Mrkdwn.user(signed.by()) + ", "
                    + times.formatFull(signed.at()) + comment, Limits.TEXT))).build();
        }
        block.text(markdown(Mrkdwn.shorten("⬜ " + name + " — waiting", Limits.TEXT)));
        if (d.isActive()) {
            block.accessory(ButtonElement.builder().actionId(BlockIds.SIGN_OFF_ACTION).value(role.slug())
                    .text(plain(Mrkdwn.shorten("Sign off as " + role.name(), Limits.BUTTON_TEXT)))
                    .style("primary").build());
        }
        return block.build();
    }
}
