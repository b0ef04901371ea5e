package dev.preflight.commands.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The words a command starts with, each with its usage and its help text. */
enum Verb {
    START("start <name> [--template T] [--env ENV]", "open a new deployment from a checklist template",
            "Opens deployment <name> from template T (default: the configured one) for environment ENV"
                    + " (default: production). The template is copied: later edits to it never change this deployment."
                    + "\nExample: start Release 2.4 --env staging"),
    TICK("tick <items>", "tick items off",
            "Items are numbers and ranges (tick 3 5 7-9), a subsection or section by name (tick Code Quality;"
                    + " tick Performance Optimization / Database when a name is used twice), or a piece of one item's"
                    + " text (tick file uploads). Quote text that starts with a number: tick \"2 factor\"."),
    UNTICK("untick <items>", "reopen ticked or N/A items", "Items are given as for tick: untick 5, untick Code Quality."),
    NA("na <items> <reason>", "mark items not applicable, with the reason",
            "Numbers come first, then the reason: na 12 no uploads in this release."
                    + "\nFor a name or a piece of text, quote it or end it with --:"
                    + " na \"file uploads\" no uploads in this release, or na Analytics -- no tracking yet."
                    + "\nWhen the reason starts with a number, put -- before it: na 12 -- 3rd party handles it."
                    + "\nThe reason is required and shown next to the item.", "n/a"),
    SIGNOFF("signoff <role> [comment] · signoff revoke <role>", "sign off for a role you hold, or take it back",
            "Roles are the template's slugs, e.g. project-manager, dev-lead, devops-sysadmin, qa-lead."
                    + " Only the people mapped to a role may sign off for it; a role nobody is mapped to is open to anyone."
                    + "\nExample: signoff dev-lead reviewed the diff", "sign-off"),
    STATUS("status", "progress per section, required items still open, sign-offs pending",
            "Shows the deployment's progress, the required items still open and the sign-offs still pending."),
    DONE("done · done --force <reason>", "complete the deployment",
            "Completes the deployment once every required item is ticked or N/A and every role has signed off;"
                    + " otherwise says what blocks it. Admins may force it with a reason, which is recorded as forced."),
    CANCEL("cancel <reason>", "cancel the deployment, with the reason", "Example: cancel postponed to Monday"),
    LIST("list", "the active deployments of this channel", "Lists this channel's active deployments with their ids."),
    LOG("log", "every change: when, who, what", "Shows the deployment's timeline, one line per change."),
    EXPORT("export [--format md|json]", "the filled-in checklist (md) or every event (json)",
            "md (the default) gives the checklist with who ticked what when, N/A reasons, sign-offs and completion;"
                    + " json gives the deployment and every event."),
    REMIND("remind list|done|snooze|skip|now|report", "maintenance reminders: what is open, tick, snooze, skip, post, report",
            "remind list: the open reminders and when each cadence falls due next."
                    + "\nremind done <id> <task numbers>: tick tasks (remind done 3 1 2, remind done 3 1-3, remind done 3 all)."
                    + "\nremind snooze <id> <duration>: no nudge before then (remind snooze 3 2h; m, h, d or w)."
                    + "\nremind skip <id> <reason>: skip one on purpose (remind skip 3 public holiday)."
                    + "\nremind now <daily|weekly|monthly|quarterly>: post one at once."
                    + "\nremind report [--since YYYY-MM-DD]: each reminder on time, late, skipped or missed (default: 30 days)."),
    ROLLBACK("rollback [start <param>=<value> [--dry-run] | approve | run | skip [reason] | abort [reason]]",
            "the rollback plan, run step by step",
            "rollback shows the template's rollback plan with its exact commands, the parameters it needs and who may"
                    + " run it. rollback start commit-hash=abc1234 opens a run (add --dry-run to see every command"
                    + " filled in without executing anything); each step then executes only when someone with the"
                    + " rollback role types rollback run, and a failed step waits for rollback run (again),"
                    + " rollback skip or rollback abort. With two approvals configured, a second person types"
                    + " rollback approve first."),
    MONITOR("monitor [name]", "the template's monitoring commands; run one here",
            "monitor lists the template's monitoring commands; monitor check-disk-space runs one on the bot's host"
                    + " and posts its output, secrets hidden."),
    HELP("help [command]", "this list, or one command in detail", "Example: help na");

    private final String usage;
    private final String summary;
    private final String details;
    private final List<String> aliases;

    Verb(String usage, String summary, String details, String... aliases) {
        this.usage = usage;
        this.summary = summary;
        this.details = details;
        this.aliases = List.of(aliases);
    }

    /** The word a user types. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    String usage() {
        return usage;
    }

    String summary() {
        return summary;
    }

    String details() {
        return details;
    }

    static Optional<Verb> find(String typed) {
        String word = typed.toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(v -> v.word().equals(word) || v.aliases.contains(word)).findFirst();
    }
}
