package dev.preflight.commands.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code start <name> [--template T] [--env ENV]}; options may come anywhere, also as {@code --env=ENV}. */
final class StartParser {

    private StartParser() {
    }

    static Command.Start parse(Words args) {
        List<String> name = new ArrayList<>();
        Optional<String> template = Optional.empty();
        Optional<String> environment = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            Words.Word word = args.get(i);
            if (word.quoted() || !word.text().startsWith("--")) {
                name.add(word.text());
                continue;
            }
            String option = word.text();
            String value;
            int equals = option.indexOf('=');
            if (equals >= 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            } else {
                InvalidCommand.require(i + 1 < args.size(), "Give " + option + " a value: start <name> " + option + " <value>");
                value = args.get(++i).text();
            }
            InvalidCommand.require(!value.isBlank(), "Give " + option + " a value: start <name> " + option + " <value>");
            if (option.equals("--template")) {
                InvalidCommand.require(template.isEmpty(), "Give --template once.");
                template = Optional.of(value);
            } else if (option.equals("--env") || option.equals("--environment")) {
                InvalidCommand.require(environment.isEmpty(), "Give --env once.");
                environment = Optional.of(value);
            } else {
                throw new InvalidCommand("start knows --template and --env, not " + option
                        + "; quote a name that starts with --: start \"--name\"");
            }
        }
        return new Command.Start(String.join(" ", name), template, environment);
    }
}
