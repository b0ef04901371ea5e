package dev.preflight.bot.template;

import dev.preflight.bot.config.Settings;
import dev.preflight.bot.config.SettingsException;
import dev.preflight.commands.deployment.TemplateLibrary;
import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.commands.template.TemplateException;
import dev.preflight.commands.template.TemplateParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled template and the files named under {@code templates:}, read and checked once at start: a template
 * that does not parse stops the start with one line naming the file and line. A deployment keeps a snapshot of
 * the source it started from, so editing a file later never changes a running deployment.
 */
public final class ConfiguredTemplates implements TemplateLibrary {

    private final String defaultName;
    private final Map<String, Source> sources;

    private ConfiguredTemplates(String defaultName, Map<String, Source> sources) {
        this.defaultName = defaultName;
        this.sources = Map.copyOf(sources);
    }

    public static ConfiguredTemplates load(Settings settings) {
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put(Settings.BUNDLED_TEMPLATE, new Source(Settings.BUNDLED_TEMPLATE, BundledTemplate.source()));
        settings.templates().forEach((name, file) -> sources.put(name, new Source(name, read(name, file))));
        return new ConfiguredTemplates(settings.template(), sources);
    }

    private static String read(String name, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            TemplateParser.parse(bytes);
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SettingsException("templates." + name + ": cannot read " + file + " (" + e.getMessage() + ")");
        } catch (TemplateException e) {
            throw new SettingsException("templates." + name + ": " + file + " " + e.getMessage()
                    + "; check it with: preflight template validate " + file);
        }
    }

    @Override
    public String defaultName() {
        return defaultName;
    }

    @Override
    public Optional<Source> find(String name) {
        return Optional.ofNullable(sources.get(name));
    }

    @Override
    public List<String> names() {
        return List.copyOf(sources.keySet());
    }
}
