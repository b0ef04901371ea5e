package dev.preflight.commands.deployment;

import dev.preflight.commands.template.Template;

/** A line of the deployment's timeline: when, who, what. */
public final class EventView {

    private EventView() {
    }

    /** {@code 2026-11-27 10:02 <@U1> ticked 5 (Review all TODO comments in code)}. */
    public static String line(RecordedEvent e, Template template, TimeFormat times) {
        return times.formatFull(e.at()) + " " + Mention.of(e.actor()) + " " + describe(e.event(), template);
    }

    /** What the event did, in words: {@code ticked 5 (Review all TODO comments in code)}. */
    public static String describe(DeploymentEvent event, Template template) {
        if (event instanceof DeploymentEvent.Started s) {
            return "started \"" + s.name() + "\" on " + s.environment() + " from template " + s.templateName();
        }
        if (event instanceof DeploymentEvent.ThreadLinked) {
            return "posted the checklist thread";
        }
        if (event instanceof DeploymentEvent.Ticked t) {
            return "ticked " + item(t.item(), template);
        }
        if (event instanceof DeploymentEvent.Unticked u) {
            return "reopened " + item(u.item(), template);
        }
        if (event instanceof DeploymentEvent.MarkedNotApplicable n) {
            return "marked " + item(n.item(), template) + " N/A: " + n.reason();
        }
        if (event instanceof DeploymentEvent.SignedOff s) {
            String comment = s.comment() == null || s.comment().isBlank() ? "" : ": " + s.comment();
            return "signed off as " + role(s.role(), template) + comment;
        }
        if (event instanceof DeploymentEvent.SignOffRevoked r) {
            return "revoked the " + role(r.role(), template) + " sign-off";
        }
        if (event instanceof DeploymentEvent.Completed c) {
            return c.forced() ? "forced completion: " + c.reason() : "completed the deployment";
        }
        if (event instanceof DeploymentEvent.Cancelled c) {
            return "cancelled the deployment: " + c.reason();
        }
        if (event instanceof DeploymentEvent.RollbackEvent r) {
            return RollbackEventView.describe(r);
        }
        throw new AssertionError("unknown event " + event);
    }

    private static String item(int number, Template template) {
        return template.item(number).map(i -> number + " (" + i.text() + ")").orElse(Integer.toString(number));
    }

    private static String role(String slug, Template template) {
        return template.role(slug).map(r -> r.name()).orElse(slug);
    }
}
