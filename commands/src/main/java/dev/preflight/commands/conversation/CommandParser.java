package dev.preflight.commands.conversation;

import dev.preflight.commands.rollback.RollbackCommandParser;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Turns what a person typed into a {@link Command}, once. A deployment may be named with {@code #12} just before
 * or just after the verb. Every mistake becomes a one-line {@link Result.Rejected} that says what to type instead.
 */
final class CommandParser {

    private CommandParser() {
    }

    /** What parsing came to. */
    sealed interface Result {
        record Accepted(Command command, OptionalLong deploymentId) implements Result {
        }

        record Rejected(String message) implements Result {
        }
    }

    static Result parse(String text) {
        Optional<String> refused = InputGuard.check(text);
        if (refused.isPresent()) {
            return new Result.Rejected(refused.get());
        }
        try {
            return parse(Words.split(text));
        } catch (InvalidCommand e) {
            return new Result.Rejected(e.getMessage());
        }
    }

    private static Result parse(Words words) {
        OptionalLong id = OptionalLong.empty();
        if (!words.isEmpty() && isTarget(words.get(0))) {
            id = OptionalLong.of(target(words.get(0)));
            words = words.from(1);
        }
        InvalidCommand.require(!words.isEmpty(), "Type a command after /deploy, e.g. status, or help to see them all.");
        String typed = words.get(0).text();
        Verb verb = Verb.find(typed).orElseThrow(() -> new InvalidCommand(unknown(typed)));
        Words args = words.from(1);
        if (!args.isEmpty() && isTarget(args.get(0))) {
            InvalidCommand.require(id.isEmpty(), "Give the deployment's #id once: tick #12 5");
            id = OptionalLong.of(target(args.get(0)));
            args = args.from(1);
        }
        return new Result.Accepted(command(verb, args), id);
    }

    private static Command command(Verb verb, Words args) {
        return switch (verb) {
            case START -> StartParser.parse(args);
            case TICK -> new Command.Tick(RefsParser.parse(args));
            case UNTICK -> new Command.Untick(RefsParser.parse(args));
            case NA -> notApplicable(args);
            case SIGNOFF -> signOff(args);
            case STATUS -> nothingAfter(verb, args, new Command.ShowStatus());
            case DONE -> complete(args);
            case CANCEL -> new Command.Cancel(args.raw());
            case LIST -> nothingAfter(verb, args, new Command.ListActive());
            case LOG -> nothingAfter(verb, args, new Command.ShowLog());
            case EXPORT -> export(args);
            case REMIND -> new Command.Remind(args.raw());
            case HELP -> help(args);
            case ROLLBACK -> rollback(args);
            case MONITOR -> new Command.Monitor(args.raw());
        };
    }

    private static Command notApplicable(Words args) {
        String usage = "Say which items and why: na 12 <reason>, na \"file uploads\" <reason> or na Code Quality -- <reason>";
        InvalidCommand.require(!args.isEmpty(), usage);
        int separator = separator(args);
        if (separator >= 0) {
            return new Command.MarkNotApplicable(RefsParser.parse(args.before(separator)), args.from(separator + 1).raw());
        }
        if (args.get(0).quoted()) {
            return new Command.MarkNotApplicable(new ItemRefs.Named(args.get(0).text()), args.from(1).raw());
        }
        int numbers = RefsParser.leadingNumbers(args);
        InvalidCommand.require(numbers > 0, usage);
        return new Command.MarkNotApplicable(RefsParser.numbers(args.before(numbers)), args.from(numbers).raw());
    }

    /** {@code --}, or the dash a chat app may have turned it into. */
    private static int separator(Words args) {
        return Stream.of("--", "—", "–").mapToInt(args::indexOf).filter(i -> i >= 0).min().orElse(-1);
    }

    private static Command signOff(Words args) {
        if (!args.isEmpty() && args.get(0).text().equalsIgnoreCase("revoke")) {
            InvalidCommand.require(args.size() <= 2, "Revoke one role at a time: signoff revoke dev-lead");
            return new Command.RevokeSignOff(args.size() == 2 ? role(args.get(1)) : "");
        }
        return new Command.SignOff(args.isEmpty() ? "" : role(args.get(0)), args.from(1).raw());
    }

    private static String role(Words.Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }

    private static Command complete(Words args) {
        if (args.isEmpty()) {
            return new Command.Complete(Optional.empty());
        }
        InvalidCommand.require(args.get(0).text().equals("--force"),
                "done takes nothing after it (done), or a forced completion's reason: done --force <reason>");
        return new Command.Complete(Optional.of(args.from(1).raw()));
    }

    private static Command export(Words args) {
        String usage = "Choose md or json: export --format md, or export --format json";
        String format;
        if (args.isEmpty()) {
            format = "md";
        } else if (args.size() == 2 && args.get(0).text().equals("--format")) {
            format = args.get(1).text();
        } else if (args.size() == 1) {
            format = args.get(0).text().replaceFirst("^--format=", "");
        } else {
            throw new InvalidCommand(usage);
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> new Command.Export(Command.Export.Format.MD);
            case "json" -> new Command.Export(Command.Export.Format.JSON);
            default -> throw new InvalidCommand(usage);
        };
    }

    private static Command rollback(Words args) {
        RollbackCommandParser.Parsed parsed = RollbackCommandParser.parse(args.raw());
        return new Command.Rollback(parsed.command().orElseThrow(() -> new InvalidCommand(parsed.error())));
    }

    private static Command help(Words args) {
        if (args.isEmpty()) {
            return new Command.Help(Optional.empty());
        }
        String topic = args.get(0).text();
        return new Command.Help(Optional.of(Verb.find(topic).orElseThrow(() -> new InvalidCommand(
                "There is no command called " + topic + "; type help to see them all."))));
    }

    private static Command nothingAfter(Verb verb, Words args, Command command) {
        InvalidCommand.require(args.isEmpty(), verb.word() + " takes nothing after it: type " + verb.word());
        return command;
    }

    private static boolean isTarget(Words.Word word) {
        return !word.quoted() && word.text().startsWith("#");
    }

    private static long target(Words.Word word) {
        InvalidCommand.require(word.text().matches("#\\d{1,12}"),
                "Deployments are named by number, like #12; type list to see this channel's deployments.");
        return Long.parseLong(word.text().substring(1));
    }

    private static String unknown(String typed) {
        String shown = typed.length() > 30 ? typed.substring(0, 30) + "…" : typed;
        Optional<Verb> near = Stream.of(Verb.values())
                .min(Comparator.comparingInt(v -> distance(v.word(), typed.toLowerCase(Locale.ROOT))))
                .filter(v -> distance(v.word(), typed.toLowerCase(Locale.ROOT)) <= 2);
        return "There is no command " + shown + "." + near.map(v -> " Did you mean " + v.word() + "?").orElse("")
                + " Type help to see them all.";
    }

    /** Edit distance, to suggest the command a typo was meant to be. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
