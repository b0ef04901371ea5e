package dev.preflight.commands.conversation;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.ItemNumbers;
import dev.preflight.commands.deployment.Mention;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.SignOffRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code done}: completes only when every required item is ticked or N/A and every role has signed off;
 * otherwise says what blocks it. {@code done --force <reason>}: admins only, recorded as forced.
 */
final class DoneHandler implements DeploymentHandler<Command.Complete> {

    private final EventWriter writer;
    private final AccessPolicy access;

    DoneHandler(EventWriter writer, AccessPolicy access) {
        this.writer = writer;
        this.access = access;
    }

    @Override
    public List<Reply> handle(Command.Complete done, Deployment deployment, Invocation invocation) {
        String user = invocation.user();
        return writer.write(deployment, invocation, d -> {
            if (done.forcedReason().isPresent()) {
                return forced(d, user, done.forcedReason().get());
            }
            if (!d.readyToComplete()) {
                return Decision.refuse("Not done yet: " + blockers(d) + ". Type status for details;"
                        + " an admin can force it: done --force <reason>");
            }
            return new Decision.Append(List.of(new DeploymentEvent.Completed(false, "")), after -> List.of(
                    new Reply.Changed(after, Set.of(), false),
                    new Reply.Say(Mention.of(user) + " completed " + DeploymentView.title(after) + " · "
                            + DeploymentView.progress(after))));
        });
    }

    private Decision forced(Deployment d, String user, String reason) {
        if (!access.isAdmin(user)) {
            return Decision.refuse(access.admins().isEmpty()
                    ? "Nobody may force completion because no admins are configured; finish the open items, then type done."
                    : "Only admins (" + access.adminList().stream().map(Mention::of).collect(Collectors.joining(", "))
                    + ") may force completion; type done once status shows nothing open.");
        }
        String left = d.readyToComplete() ? "" : ", leaving " + blockers(d);
        return new Decision.Append(List.of(new DeploymentEvent.Completed(true, reason)), after -> List.of(
                new Reply.Changed(after, Set.of(), false),
                new Reply.Say(Mention.of(user) + " forced " + DeploymentView.title(after) + " to completion ("
                        + reason + ")" + left)));
    }

    /** {@code 120 required items open (1-2, 4-9, …) and 3 sign-offs pending (project-manager, …)}. */
    static String blockers(Deployment d) {
        List<String> parts = new ArrayList<>();
        List<Item> open = d.requiredOpen();
        if (!open.isEmpty()) {
            parts.add(open.size() + " required item" + (open.size() == 1 ? "" : "s") + " open ("
                    + ItemNumbers.compact(open.stream().map(Item::number).toList(), 8) + ")");
        }
        List<SignOffRole> pending = d.pendingSignOffs();
        if (!pending.isEmpty()) {
            parts.add(pending.size() + " sign-off" + (pending.size() == 1 ? "" : "s") + " pending ("
                    + pending.stream().map(SignOffRole::slug).collect(Collectors.joining(", ")) + ")");
        }
        return String.join(" and ", parts);
    }
}
