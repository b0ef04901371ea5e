package dev.preflight.commands.conversation;

import dev.preflight.commands.access.AccessPolicy;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.Mention;
import dev.preflight.commands.deployment.SignOff;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.template.SignOffRole;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code signoff <role> [comment]}: only the people mapped to a role; a role nobody is mapped to is open to anyone. */
final class SignOffHandler implements DeploymentHandler<Command.SignOff> {

    private final EventWriter writer;
    private final AccessPolicy access;
    private final TimeFormat times;

    SignOffHandler(EventWriter writer, AccessPolicy access, TimeFormat times) {
        this.writer = writer;
        this.access = access;
        this.times = times;
    }

    @Override
    public List<Reply> handle(Command.SignOff signOff, Deployment deployment, Invocation invocation) {
        String user = invocation.user();
        return writer.write(deployment, invocation, d -> {
            Optional<SignOffRole> found = d.template().role(signOff.role());
            if (found.isEmpty()) {
                return Decision.refuse(SignOffRoles.unknown(d.template(), signOff.role(), "signoff"));
            }
            SignOffRole role = found.get();
            if (!access.mayActAs(user, role.slug())) {
                return Decision.refuse(SignOffRoles.notHolder(access, role));
            }
            SignOff existing = d.signOffs().get(role.slug());
            if (existing != null) {
                return Decision.refuse(role.name() + " was already signed off by " + Mention.of(existing.by()) + " at "
                        + times.format(existing.at()) + "; to sign again: signoff revoke " + role.slug());
            }
            String open = access.isOpen(role.slug())
                    ? " (nobody is mapped to " + role.slug() + ", so anyone may sign off for it)" : "";
            String comment = signOff.comment().isBlank() ? "" : ": " + signOff.comment();
            return new Decision.Append(List.of(new DeploymentEvent.SignedOff(role.slug(), signOff.comment())),
                    after -> List.of(new Reply.Changed(after, Set.of(), true),
                            new Reply.Say(Mention.of(user) + " signed off as " + role.name() + comment + open
                                    + " · " + DeploymentView.progress(after))));
        });
    }
}
