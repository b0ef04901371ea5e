package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.blocks.DeploymentMessages;
import dev.preflight.commands.conversation.ChangeLetters;
import dev.preflight.commands.conversation.Outbox.Letter;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.SectionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The refreshes of the Slack messages a change of a deployment shows in: the root, the sections of the items
 * ticked, unticked or marked N/A, and the sign-off message when a role signed off or revoked. The store writes
 * them in the change's own transaction (see {@code SqliteDeploymentStore#sendChanges}), so a recorded tick is
 * always shown, even when the bot stops right after the commit. What the messages say is rendered when the
 * courier sends them. A deployment's start and its rollback runs are shown by their own letters.
 */
public final class ChangeRefreshes implements ChangeLetters {

    private final DeploymentMessages messages;
    private final ReplyLetters letters;

    public ChangeRefreshes(DeploymentMessages messages) {
        this.messages = messages;
        this.letters = new ReplyLetters(messages);
    }

    @Override
    public List<Letter> of(Deployment after, List<RecordedEvent> appended) {
        Set<Integer> sections = new TreeSet<>();
        boolean signOffs = false;
        boolean shown = false;
        for (RecordedEvent recorded : appended) {
            DeploymentEvent e = recorded.event();
            if (e instanceof DeploymentEvent.Ticked t) {
                sections.add(SectionView.indexOf(after, t.item()));
            } else if (e instanceof DeploymentEvent.Unticked u) {
                sections.add(SectionView.indexOf(after, u.item()));
            } else if (e instanceof DeploymentEvent.MarkedNotApplicable n) {
                sections.add(SectionView.indexOf(after, n.item()));
            } else if (e instanceof DeploymentEvent.SignedOff || e instanceof DeploymentEvent.SignOffRevoked) {
                signOffs = true;
            } else if (e instanceof DeploymentEvent.Completed || e instanceof DeploymentEvent.Cancelled) {
                shown = true;
            }
        }
        if (sections.isEmpty() && !signOffs && !shown) {
            return List.of();
        }
        List<String> thread = new ArrayList<>(messages.sectionKeys(after, sections));
        if (signOffs) {
            thread.addAll(messages.signOffKeys(after));
        }
        return letters.updates(after, thread, appended.get(0).requestId());
    }
}
