package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;

import java.util.List;

/** Carries out a command that acts on one deployment, already found by {@link DeploymentLocator}. */
interface DeploymentHandler<C extends Command> {
    List<Reply> handle(C command, Deployment deployment, Invocation invocation);
}
