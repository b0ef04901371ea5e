package dev.preflight.commands.template;

import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads "Sign-Off": each {@code - Project Manager: ____ Date: ___} line names a role that must sign off. */
final class SignOffReader {
    private final SourceText source;
    private final Warnings warnings;

    SignOffReader(SourceText source, Warnings warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    List<SignOffRole> read(List<Node> blocks) {
        List<SignOffRole> roles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node block : blocks) {
            if (!(block instanceof ListBlock list)) {
                warnings.add(block, "only `- Role: ____ Date: ____` lines are read under \""
                        + Part.SIGN_OFF.heading() + "\"; this is ignored");
                continue;
            }
            for (Node item : Blocks.children(list)) {
                Entry entry = Entry.of((ListItem) item, source);
                int colon = entry.text().indexOf(':');
                String name = colon < 0 ? "" : entry.text().substring(0, colon).strip();
                String slug = Slug.of(name);
                if (slug.isEmpty()) {
                    warnings.add(entry.line(), "not a sign-off line; write `- Role name: ____ Date: ____`");
                    continue;
                }
                Integer before = seen.putIfAbsent(slug, entry.line());
                if (before != null) {
                    throw new TemplateException(entry.line(), "two sign-off roles are called `" + slug
                            + "` (lines " + before + " and " + entry.line() + "); rename one");
                }
                roles.add(new SignOffRole(slug, name));
            }
        }
        return roles;
    }
}
