package dev.preflight.commands.rollback;

import dev.preflight.commands.template.EnvVariable;
import dev.preflight.commands.template.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Knows which values are secret for a deployment: those of its template's secret environment variables that are
 * set in the bot's environment, those of {@code rollback.env} whose names sound secret, and the configured
 * redaction patterns.
 */
final class Secrets {

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE).*");

    private final Function<String, Optional<String>> hostEnvironment;
    private final Map<String, String> commandEnvironment;
    private final List<String> patterns;

    Secrets(Function<String, Optional<String>> hostEnvironment, RollbackSettings settings) {
        this.hostEnvironment = hostEnvironment;
        this.commandEnvironment = settings.env();
        this.patterns = settings.redactions();
    }

    Redactor redactorFor(Template template) {
        List<String> values = new ArrayList<>();
        for (EnvVariable v : template.environment()) {
            if (v.secret()) {
                hostEnvironment.apply(v.name()).ifPresent(values::add);
            }
        }
        commandEnvironment.forEach((name, value) -> {
            if (SECRET_NAME.matcher(name).matches()) {
                values.add(value);
            }
        });
        return Redactor.of(values, patterns);
    }
}
