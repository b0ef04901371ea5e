package dev.preflight.bot.slack.blocks;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.template.SignOffRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.preflight.bot.slack.blocks.SectionMessage.context;
import static dev.preflight.bot.slack.blocks.SectionMessage.markdown;
import static dev.preflight.bot.slack.blocks.SectionMessage.plain;

/** The deployment's message in the channel: what is deployed where, its progress, and whether it may complete. */
final class RootMessage {

    private static final int BAR = 10;

    private final TimeFormat times;

    RootMessage(TimeFormat times) {
        this.times = times;
    }

    Draft render(Deployment d) {
        String title = "🚀 " + DeploymentView.title(d);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plain(Mrkdwn.shorten(title, Limits.HEADER_TEXT))).build());
        blocks.add(context(List.of("Started by " + Mrkdwn.user(d.startedBy()) + ", " + times.formatFull(d.startedAt())
                + " · checklist _" + Mrkdwn.escape(d.templateName()) + "_")));
        for (String piece : TextChunks.split(progress(d), Limits.TEXT)) {
            blocks.add(SectionBlock.builder().text(markdown(piece)).build());
        }
        String status = status(d);
        blocks.add(SectionBlock.builder().text(markdown(status)).build());
        String text = Mrkdwn.shorten(Mrkdwn.escapeKeepingMentions(DeploymentView.summary(d, times)),
                Limits.MESSAGE_TEXT);
        return new Draft(Optional.of(MessageKeys.root(d.id())), text, blocks);
    }

    private static String progress(Deployment d) {
        int total = d.template().items().size();
        long done = d.items().values().stream().filter(s -> s instanceof ItemState.Done).count();
        long na = d.items().size() - done;
        int filled = total == 0 ? BAR : (int) (BAR * d.items().size() / total);
        StringBuilder text = new StringBuilder()
                .append('`').append("▓".repeat(filled)).append("░".repeat(BAR - filled)).append("` ")
                .append(d.items().size()).append(" of ").append(total).append(" items closed (")
                .append(done).append(" done, ").append(na).append(" not applicable)\n")
                .append("*Required still open:* ").append(d.requiredOpenCount()).append('\n')
                .append("*Sign-offs:* ").append(d.signOffs().size()).append(" of ").append(d.template().roles().size());
        List<SignOffRole> pending = d.pendingSignOffs();
        if (!pending.isEmpty()) {
            text.append(" — waiting for ").append(String.join(", ",
                    pending.stream().map(r -> Mrkdwn.escape(r.name())).toList()));
        }
        return text.toString();
    }

    private String status(Deployment d) {
        Optional<RecordedEvent> closed = d.closedBy();
        if (closed.isPresent()) {
            RecordedEvent e = closed.get();
            String who = Mrkdwn.user(e.actor()) + ", " + times.formatFull(e.at());
            if (e.event() instanceof DeploymentEvent.Completed c) {
                return Mrkdwn.shorten("🏁 *Completed* by " + who
                        + (c.forced() ? " — forced: " + Mrkdwn.escape(c.reason()) : ""), Limits.TEXT);
            }
            if (e.event() instanceof DeploymentEvent.Cancelled c) {
                return Mrkdwn.shorten("✖️ *Cancelled* by " + who + ": " + Mrkdwn.escape(c.reason()), Limits.TEXT);
            }
            throw new AssertionError(e.event());
        }
        if (d.readyToComplete()) {
            return "✅ *Ready to complete*: every required item is closed and every role signed off.";
        }
        return "⏳ In progress. Tick items in this message's thread, or mention me there: `tick 12`, "
                + "`na 14 no uploads`, `status`.";
    }
}
