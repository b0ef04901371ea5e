package dev.preflight.commands.template;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a parsed Markdown document into a {@link Template}: the title and preamble before the first
 * {@code ##}, then each section by its kind — a checklist of items, or one of the {@link Part}s.
 */
final class DocumentReader {
    private final SourceText source;
    private final Warnings warnings = new Warnings();

    DocumentReader(SourceText source) {
        this.source = source;
    }

    ParsedTemplate read(Node document) {
        Fences.requireClosed(document);
        List<Node> blocks = Blocks.children(document);
        Metadata metadata = Metadata.read(blocks, source, warnings);
        Set<Node> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
        skipped.addAll(metadata.paragraphs());
        skipped.addAll(metadata.footerBlocks());
        String title = "";
        List<Node> preamble = new ArrayList<>();
        List<SectionBlocks> sections = new ArrayList<>();
        String written = null;
        List<Node> under = new ArrayList<>();
        for (Node block : blocks) {
            if (skipped.contains(block)) {
                continue;
            }
            if (block instanceof Heading h && h.getLevel() == 2) {
                if (written != null) {
                    sections.add(section(written, under));
                }
                written = Headings.written(h, source);
                under = new ArrayList<>(List.of(h));
            } else if (written != null) {
                if (block instanceof Heading h && h.getLevel() == 1) {
                    warnings.add(h, "a # heading inside the checklist is ignored; use ## for a section");
                } else {
                    under.add(block);
                }
            } else if (block instanceof Heading h && h.getLevel() == 1 && title.isEmpty()) {
                title = Headings.written(h, source);
            } else {
                warnAboutItems(block);
                preamble.add(block);
            }
        }
        if (written != null) {
            sections.add(section(written, under));
        }
        return new ParsedTemplate(assemble(title, source.verbatim(preamble), sections, metadata),
                warnings.sorted());
    }

    private Template assemble(String title, String preamble, List<SectionBlocks> blocks, Metadata metadata) {
        requireDistinctNames(blocks);
        ChecklistReader checklist = new ChecklistReader(source, warnings);
        List<Section> sections = new ArrayList<>();
        Map<Part, List<Node>> parts = new EnumMap<>(Part.class);
        for (SectionBlocks section : blocks) {
            Optional<Part> part = Part.named(section.name());
            if (part.isPresent()) {
                parts.put(part.get(), section.blocks());
            } else {
                checklist.read(section).ifPresent(sections::add);
            }
        }
        if (sections.isEmpty()) {
            throw new TemplateException(1, "the template has no checklist items; write `- [ ] item` lines under"
                    + " a `## Section` heading");
        }
        Map<Part, String> intros = new EnumMap<>(Part.class);
        Map<Part, List<Node>> contents = new EnumMap<>(Part.class);
        parts.forEach((part, partBlocks) -> {
            Blocks.Intro intro = Blocks.intro(partBlocks, source);
            if (!intro.text().isEmpty()) {
                intros.put(part, intro.text());
            }
            contents.put(part, intro.rest());
        });
        return new Template(title, preamble, sections,
                new EnvironmentReader(warnings).read(contents.getOrDefault(Part.ENVIRONMENT, List.of())),
                new MonitoringReader(warnings).read(contents.getOrDefault(Part.MONITORING, List.of())),
                new RollbackReader(warnings).read(contents.getOrDefault(Part.ROLLBACK, List.of())),
                new MaintenanceReader(source, warnings).read(contents.getOrDefault(Part.MAINTENANCE, List.of())),
                new SignOffReader(source, warnings).read(contents.getOrDefault(Part.SIGN_OFF, List.of())),
                metadata.lastUpdated(), metadata.version(), intros, metadata.footer());
    }

    private SectionBlocks section(String written, List<Node> blocks) {
        int line = SourceText.firstLine(blocks.get(0));
        String name = Headings.displayName(written);
        if (name.isEmpty()) {
            throw new TemplateException(line, "a ## heading needs a name, e.g. `## Security Checklist`");
        }
        return new SectionBlocks(written, name, line, blocks.subList(1, blocks.size()));
    }

    private static void requireDistinctNames(List<SectionBlocks> sections) {
        Map<String, Integer> seen = new HashMap<>();
        for (SectionBlocks section : sections) {
            String key = Part.named(section.name()).map(Part::name).orElse(section.name().toLowerCase(Locale.ROOT));
            Integer before = seen.putIfAbsent(key, section.line());
            if (before != null) {
                throw new TemplateException(section.line(), "there are two sections named \"" + section.name()
                        + "\" (lines " + before + " and " + section.line() + "); rename or merge them");
            }
        }
    }

    private void warnAboutItems(Node block) {
        for (int line : Entry.boxedLines(block, source)) {
            warnings.add(line, "checkbox before the first `## Section` heading is not read as an item; put it"
                    + " under a section");
        }
    }
}
