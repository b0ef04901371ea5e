package dev.preflight.commands.deployment;

import dev.preflight.commands.template.SignOffRole;

import java.util.List;

/** The sign-off message: one line per role of the template, signed (who, when, comment) or pending. */
public final class SignOffView {

    private SignOffView() {
    }

    /** {@code Dev Lead (dev-lead): ✔ <@U2> 10:02 — reviewed the diff} or {@code QA Lead (qa-lead): pending}. */
    public static List<String> lines(Deployment d, TimeFormat times) {
        return d.template().roles().stream().map(role -> line(role, d.signOffs().get(role.slug()), times)).toList();
    }

    private static String line(SignOffRole role, SignOff s, TimeFormat times) {
        String head = role.name() + " (" + role.slug() + "): ";
        if (s == null) {
            return head + "pending";
        }
        String comment = s.comment() == null || s.comment().isBlank() ? "" : " — " + s.comment();
        return head + "✔ " + Mention.of(s.by()) + " " + times.format(s.at()) + comment;
    }
}
