package dev.preflight.commands.conversation;

import java.util.OptionalLong;

/** An invocation with the deployment it named ({@code #12}), if it named one. */
record Request(Invocation invocation, OptionalLong deploymentId) {
}
