package dev.preflight.commands.deployment;

import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.SignOffRole;

import java.util.ArrayList;
import java.util.List;

/** The status text: progress per section, required items still open, sign-offs given and pending. */
public final class StatusView {

    /** How many open required items are shown with their text. */
    static final int SHOWN_OPEN = 5;

    private StatusView() {
    }

    public static String text(Deployment d, TimeFormat times) {
        List<String> lines = new ArrayList<>();
        lines.add(DeploymentView.title(d) + " — " + DeploymentView.state(d, times));
        lines.add("Progress: " + DeploymentView.progress(d));
        for (int i = 0; i < d.template().sections().size(); i++) {
            lines.add("  " + SectionView.heading(d, i));
        }
        List<Item> open = d.requiredOpen();
        if (open.isEmpty()) {
            lines.add("Required items: all ticked or N/A.");
        } else {
            lines.add("Required still open (" + open.size() + "): "
                    + ItemNumbers.compact(open.stream().map(Item::number).toList(), 12));
            open.stream().limit(SHOWN_OPEN).forEach(item -> lines.add("  " + item.number() + ". " + item.text()));
        }
        List<String> signed = d.template().roles().stream()
                .filter(r -> d.signOffs().containsKey(r.slug()))
                .map(r -> signed(r, d.signOffs().get(r.slug()), times))
                .toList();
        if (!signed.isEmpty()) {
            lines.add("Signed off: " + String.join(" · ", signed));
        }
        List<SignOffRole> pending = d.pendingSignOffs();
        if (!pending.isEmpty()) {
            lines.add("Sign-offs pending: " + String.join(", ", pending.stream().map(SignOffRole::slug).toList()));
        }
        if (d.isActive() && d.readyToComplete()) {
            lines.add("Nothing blocks completion: type done.");
        }
        return String.join("\n", lines);
    }

    private static String signed(SignOffRole role, SignOff s, TimeFormat times) {
        String comment = s.comment() == null || s.comment().isBlank() ? "" : " (" + s.comment() + ")";
        return role.name() + " by " + Mention.of(s.by()) + " " + times.format(s.at()) + comment;
    }
}
