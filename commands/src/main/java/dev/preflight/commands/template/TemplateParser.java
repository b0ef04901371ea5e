package dev.preflight.commands.template;

/** Parses checklist templates from Markdown. */
public final class TemplateParser {

    private TemplateParser() {
    }

    /** Parses {@code markdown}; throws {@link TemplateException} naming the line when it is not a usable template. */
    public static Template parse(String markdown) {
        throw new UnsupportedOperationException("not yet written");
    }
}
