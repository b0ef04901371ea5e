package dev.preflight.commands.deployment;

import java.util.List;

/**
 * One-line texts about a whole deployment, shared by every chat platform so that they all say the same thing.
 */
public final class DeploymentView {

    private DeploymentView() {
    }

    /** {@code #12 Release 2.3 · production}. */
    public static String title(Deployment d) {
        return "#" + d.id() + " " + d.name() + " · " + d.environment();
    }

    /** {@code 37/181 · required left 120 · sign-offs 1/4}: closed items (ticked or N/A), open required items, roles signed. */
    public static String progress(Deployment d) {
        int roles = d.template().roles().size();
        return d.items().size() + "/" + d.template().items().size()
                + " · required left " + d.requiredOpenCount()
                + " · sign-offs " + (roles - d.pendingSignOffs().size()) + "/" + roles;
    }

    /** Where the deployment is: {@code active · started by <@U1> at 10:02}, {@code completed by …}, {@code cancelled by …}. */
    public static String state(Deployment d, TimeFormat times) {
        if (d.isActive()) {
            return "active · started by " + Mention.of(d.startedBy()) + " at " + times.format(d.startedAt());
        }
        RecordedEvent closing = d.closedBy().orElseThrow(() -> new AssertionError("a closed deployment has a closing event"));
        String who = Mention.of(closing.actor()) + " at " + times.format(closing.at());
        if (closing.event() instanceof DeploymentEvent.Completed c) {
            return "completed by " + who + (c.forced() ? " (forced: " + c.reason() + ")" : "");
        }
        if (closing.event() instanceof DeploymentEvent.Cancelled c) {
            return "cancelled by " + who + ": " + c.reason();
        }
        throw new AssertionError("a deployment closes by completing or cancelling");
    }

    /** {@code #12 Release 2.3 · production — 37/181 · required left 120 · sign-offs 1/4 · active · started by …}. */
    public static String summary(Deployment d, TimeFormat times) {
        return title(d) + " — " + progress(d) + " · " + state(d, times);
    }

    /** The root message every platform posts for a deployment: title, progress, state. */
    public static List<String> root(Deployment d, TimeFormat times) {
        return List.of(title(d), progress(d), state(d, times));
    }
}
