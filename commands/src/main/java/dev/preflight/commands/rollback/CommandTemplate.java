package dev.preflight.commands.rollback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command as the template writes it, with {@code <name>} placeholders. Text that uses no shell syntax is split
 * into words and run as an argument vector, each value one word of its own; text that does ({@code | ; < > &}, quotes,
 * {@code $}, ...) runs through {@code /bin/sh -c} with each value single-quoted, so that a value is never read
 * as shell syntax either way.
 */
final class CommandTemplate {

    static final List<String> SHELL = List.of("/bin/sh", "-c");
    /** Characters a plain word may hold; anything else in the template's own text asks for a shell. */
    private static final Pattern PLAIN_TEXT = Pattern.compile("[A-Za-z0-9_./:@%+=,\\- ]*");

    private final String text;
    private final List<String> parameters;
    private final Pattern placeholder;

    CommandTemplate(String text, List<String> parameters) {
        this.text = text.strip();
        this.parameters = List.copyOf(parameters);
        this.placeholder = parameters.isEmpty() ? null : Pattern.compile("<(" + String.join("|",
                parameters.stream().map(Pattern::quote).toList()) + ")>");
    }

    boolean needsShell() {
        return !PLAIN_TEXT.matcher(replacePlaceholders(m -> "x")).matches();
    }

    /** Why this command cannot be filled in safely (a template mistake), or empty. */
    Optional<String> problem() {
        if (text.isEmpty()) {
            return Optional.of("the command is empty");
        }
        if (placeholder == null || !needsShell()) {
            return Optional.empty();
        }
        Matcher m = placeholder.matcher(text);
        while (m.find()) {
            if (insideQuotes(m.start())) {
                return Optional.of("<" + m.group(1) + "> stands inside quotes; write it as a bare word");
            }
        }
        return Optional.empty();
    }

    /** The command with {@code values} (one for each parameter, already validated) filled in. */
    StepCommand fill(Map<String, String> values, List<String> prefix) {
        problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        for (String name : parameters) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for " + name);
            }
        }
        List<String> arguments = new ArrayList<>(prefix);
        if (needsShell()) {
            arguments.addAll(SHELL);
            arguments.add(replacePlaceholders(name -> ShellQuote.quote(values.get(name))));
            return new StepCommand(arguments, true);
        }
        for (String word : text.split(" +")) {
            arguments.add(placeholder == null ? word
                    : placeholder.matcher(word).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1)))));
        }
        return new StepCommand(arguments, false);
    }

    private String replacePlaceholders(Function<String, String> value) {
        return placeholder == null ? text
                : placeholder.matcher(text).replaceAll(m -> Matcher.quoteReplacement(value.apply(m.group(1))));
    }

    private boolean insideQuotes(int position) {
        char quote = 0;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '\'') {
                i++;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        return quote != 0;
    }
}
