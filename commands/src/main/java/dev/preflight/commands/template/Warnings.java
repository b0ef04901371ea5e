package dev.preflight.commands.template;

import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what the parser leaves out, each with the line it is on. */
final class Warnings {
    private final List<TemplateWarning> warnings = new ArrayList<>();

    void add(int line, String message) {
        warnings.add(new TemplateWarning(line, message.replace('\r', ' ').replace('\n', ' ')));
    }

    void add(Node node, String message) {
        add(SourceText.firstLine(node), message);
    }

    /** The warnings in line order (stable for warnings on the same line). */
    List<TemplateWarning> sorted() {
        return warnings.stream().sorted(Comparator.comparingInt(TemplateWarning::line)).toList();
    }
}
