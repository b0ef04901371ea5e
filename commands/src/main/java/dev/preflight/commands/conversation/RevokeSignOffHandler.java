package dev.preflight.commands.conversation;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.Mention;
import dev.preflight.commands.deployment.SignOff;
import dev.preflight.commands.template.SignOffRole;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code signoff revoke <role>}: the person who signed, a holder of the role, or an admin takes a sign-off back. */
final class RevokeSignOffHandler implements DeploymentHandler<Command.RevokeSignOff> {

    private final EventWriter writer;
    private final AccessPolicy access;

    RevokeSignOffHandler(EventWriter writer, AccessPolicy access) {
        this.writer = writer;
        this.access = access;
    }

    @Override
    public List<Reply> handle(Command.RevokeSignOff revoke, Deployment deployment, Invocation invocation) {
        String user = invocation.user();
        return writer.write(deployment, invocation, d -> {
            Optional<SignOffRole> found = d.template().role(revoke.role());
            if (found.isEmpty()) {
                return Decision.refuse(SignOffRoles.unknown(d.template(), revoke.role(), "signoff revoke"));
            }
            SignOffRole role = found.get();
            SignOff existing = d.signOffs().get(role.slug());
            if (existing == null) {
                return Decision.refuse(role.name() + " has not signed off, so there is nothing to revoke;"
                        + " type status to see the sign-offs.");
            }
            if (!existing.by().equals(user) && !access.mayActAs(user, role.slug()) && !access.isAdmin(user)) {
                return Decision.refuse(SignOffRoles.notHolder(access, role));
            }
            return new Decision.Append(List.of(new DeploymentEvent.SignOffRevoked(role.slug())),
                    after -> List.of(new Reply.Changed(after, Set.of(), true),
                            new Reply.Say(Mention.of(user) + " revoked the " + role.name() + " sign-off of "
                                    + Mention.of(existing.by()) + " · " + DeploymentView.progress(after))));
        });
    }
}
