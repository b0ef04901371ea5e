package dev.preflight.commands.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The checklist shipped with Preflight, named {@value #NAME}: a production deployment of a web shop. */
public final class BundledTemplate {
    public static final String NAME = "production-deployment";
    static final String RESOURCE = "/dev/preflight/commands/template/production-deployment-checklist.md";

    private BundledTemplate() {
    }

    /** The template's Markdown as shipped. */
    public static String source() {
        return Loaded.SOURCE;
    }

    /** The parsed template (parsed once). */
    public static Template template() {
        return Loaded.TEMPLATE.template();
    }

    /** The parsed template with its warnings (there are none). */
    public static ParsedTemplate parsed() {
        return Loaded.TEMPLATE;
    }

    private static final class Loaded {
        static final String SOURCE = read();
        static final ParsedTemplate TEMPLATE = TemplateParser.parseWithWarnings(SOURCE);

        private static String read() {
            try (InputStream in = BundledTemplate.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled template " + RESOURCE + " is missing from the jar");
                }
                return TemplateInput.decode(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
