package dev.preflight.commands.template;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses checklist templates from Markdown with CommonMark. A template that cannot be used throws
 * {@link TemplateException} naming the line; lines the parser does not understand are left out and
 * reported as {@link TemplateWarning}s.
 */
public final class TemplateParser {
    /** The largest template accepted, in UTF-8 bytes: 1 MiB. */
    public static final int MAX_BYTES = TemplateInput.MAX_BYTES;

    private static final Parser MARKDOWN = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private TemplateParser() {
    }

    /** Parses {@code markdown}; throws {@link TemplateException} naming the line when it is not a usable template. */
    public static Template parse(String markdown) {
        return parseWithWarnings(markdown).template();
    }

    /**
     * Parses {@code markdown}, keeping the warnings about what was left out. The text is taken as decoded:
     * a byte order mark in it is text ({@link #parse(byte[])} drops the one a file starts with).
     */
    public static ParsedTemplate parseWithWarnings(String markdown) {
        String text = TemplateInput.check(markdown);
        return new DocumentReader(new SourceText(text)).read(MARKDOWN.parse(text));
    }

    /** Parses a template file's bytes, which must be UTF-8 (a BOM is allowed) and at most {@link #MAX_BYTES}. */
    public static ParsedTemplate parse(byte[] bytes) {
        return parseWithWarnings(TemplateInput.decode(bytes));
    }
}
