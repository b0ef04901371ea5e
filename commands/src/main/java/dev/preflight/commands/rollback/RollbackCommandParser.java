package dev.preflight.commands.rollback;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the text after {@code rollback} into a {@link RollbackCommand}, or says what to type instead. */
public final class RollbackCommandParser {

    static final String USAGE = "Type `rollback` for the plan, `rollback start <name>=<value> [--dry-run]`, "
            + "`rollback approve`, `rollback run`, `rollback skip [reason]` or `rollback abort [reason]`.";

    private RollbackCommandParser() {
    }

    /** The command, or (as the error) a line saying what to type instead. */
    public static Parsed parse(String text) {
        List<String> words = Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return ok(new RollbackCommand.Show());
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0).toLowerCase(Locale.ROOT)) {
            case "plan", "status", "show" -> ok(new RollbackCommand.Show());
            case "start" -> start(rest);
            case "approve" -> ok(new RollbackCommand.Approve());
            case "run", "retry", "confirm" -> run(rest);
            case "skip" -> skip(rest);
            case "abort", "cancel", "stop" -> ok(new RollbackCommand.Abort(String.join(" ", rest)));
            default -> error(USAGE);
        };
    }

    private static Parsed run(List<String> words) {
        if (words.isEmpty()) {
            return ok(new RollbackCommand.Run(Optional.empty()));
        }
        Optional<Integer> step = stepNumber(words.get(0));
        return step.isPresent() && words.size() == 1 ? ok(new RollbackCommand.Run(step))
                : error("Type `rollback run` or `rollback run <step number>`.");
    }

    private static Parsed skip(List<String> words) {
        Optional<Integer> step = words.isEmpty() ? Optional.empty() : stepNumber(words.get(0));
        List<String> reason = step.isPresent() ? words.subList(1, words.size()) : words;
        return ok(new RollbackCommand.Skip(step, String.join(" ", reason)));
    }

    private static Parsed start(List<String> words) {
        Map<String, String> parameters = new LinkedHashMap<>();
        boolean dryRun = false;
        for (String word : words) {
            int eq = word.indexOf('=');
            if (word.equals("--dry-run") || word.equals("--dryrun")) {
                dryRun = true;
            } else if (eq <= 0) {
                return error("Give parameters as name=value, e.g. `rollback start commit-hash=abc1234 --dry-run`.");
            } else if (parameters.put(word.substring(0, eq), word.substring(eq + 1)) != null) {
                return error("Give " + word.substring(0, eq) + " only once.");
            }
        }
        return ok(new RollbackCommand.Start(parameters, dryRun));
    }

    private static Optional<Integer> stepNumber(String word) {
        return word.matches("[0-9]{1,4}") ? Optional.of(Integer.parseInt(word)) : Optional.empty();
    }

    private static Parsed ok(RollbackCommand command) {
        return new Parsed(Optional.of(command), "");
    }

    private static Parsed error(String message) {
        return new Parsed(Optional.empty(), message);
    }

    /** Either a command, or the line to answer instead. */
    public record Parsed(Optional<RollbackCommand> command, String error) {
    }
}
