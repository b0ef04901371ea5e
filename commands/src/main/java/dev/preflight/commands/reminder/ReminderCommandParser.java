package dev.preflight.commands.reminder;

import dev.preflight.commands.template.Cadence;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the text after {@code remind} into a {@link ReminderCommand}; never throws. */
final class ReminderCommandParser {

    static final String USAGE = "Type `remind list`, `remind done <id> <task numbers>`, `remind snooze <id> <duration>`,"
            + " `remind skip <id> <reason>`, `remind now <daily|weekly|monthly|quarterly>` or"
            + " `remind report [--since YYYY-MM-DD]`.";

    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,4})([wdhm]))+");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d{1,4})([wdhm])");
    private static final Pattern AFTER_TWO_WORDS = Pattern.compile("\\S+\\s+\\S+\\s+(.+)", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3})");

    private ReminderCommandParser() {
    }

    static ReminderCommand parse(String text) {
        List<String> words = Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return new ReminderCommand.Mistake(USAGE);
        }
        List<String> args = words.subList(1, words.size());
        return switch (words.get(0).toLowerCase(Locale.ROOT)) {
            case "list", "ls" -> args.isEmpty() ? new ReminderCommand.ListOpen() : mistake("Type `remind list` on its own.");
            case "done", "tick" -> done(args);
            case "snooze" -> snooze(args);
            case "skip" -> skip(text, args);
            case "now" -> now(args);
            case "report" -> report(args);
            default -> mistake("`" + words.get(0) + "` is no remind command. " + USAGE);
        };
    }

    private static ReminderCommand done(List<String> args) {
        String hint = "Type `remind done <id> <task numbers>`, e.g. `remind done 3 1 2`, `remind done 3 1-3` or `remind done 3 all`.";
        OptionalLong id = args.isEmpty() ? OptionalLong.empty() : id(args.get(0));
        if (id.isEmpty() || args.size() < 2) {
            return mistake(hint);
        }
        Set<Integer> tasks = new TreeSet<>();
        for (String ref : String.join(",", args.subList(1, args.size())).split(",")) {
            if (ref.isEmpty()) {
                continue;
            }
            if (ref.equalsIgnoreCase("all")) {
                return new ReminderCommand.Done(id.getAsLong(), Set.of());
            }
            Matcher range = RANGE.matcher(ref);
            if (range.matches() && Integer.parseInt(range.group(1)) <= Integer.parseInt(range.group(2))
                    && Integer.parseInt(range.group(1)) >= 1) {
                for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)); n++) {
                    tasks.add(n);
                }
            } else if (ref.matches("\\d{1,3}") && Integer.parseInt(ref) >= 1) {
                tasks.add(Integer.parseInt(ref));
            } else {
                return mistake("`" + ref + "` is no task number. " + hint);
            }
        }
        return tasks.isEmpty() ? mistake(hint) : new ReminderCommand.Done(id.getAsLong(), tasks);
    }

    private static ReminderCommand snooze(List<String> args) {
        String hint = "Type `remind snooze <id> <duration>`, e.g. `remind snooze 3 2h` (m, h, d or w; at most 30d).";
        OptionalLong id = args.isEmpty() ? OptionalLong.empty() : id(args.get(0));
        if (id.isEmpty() || args.size() != 2) {
            return mistake(hint);
        }
        Optional<Duration> duration = duration(args.get(1));
        if (duration.isEmpty() || duration.get().compareTo(Duration.ofMinutes(1)) < 0
                || duration.get().compareTo(ReminderCommand.Snooze.LONGEST) > 0) {
            return mistake(hint);
        }
        return new ReminderCommand.Snooze(id.getAsLong(), duration.get());
    }

    private static ReminderCommand skip(String text, List<String> args) {
        String hint = "Type `remind skip <id> <reason>`, e.g. `remind skip 3 public holiday`.";
        OptionalLong id = args.isEmpty() ? OptionalLong.empty() : id(args.get(0));
        if (id.isEmpty() || args.size() < 2) {
            return mistake(hint);
        }
        Matcher reason = AFTER_TWO_WORDS.matcher(text.strip());
        if (!reason.matches()) {
            throw new AssertionError("three words were found before");
        }
        return new ReminderCommand.Skip(id.getAsLong(), reason.group(1));
    }

    private static ReminderCommand now(List<String> args) {
        String hint = "Type `remind now <daily|weekly|monthly|quarterly>`, e.g. `remind now weekly`.";
        if (args.size() != 1) {
            return mistake(hint);
        }
        return Arrays.stream(Cadence.values())
                .filter(c -> c.name().equalsIgnoreCase(args.get(0)))
                .findFirst()
                .<ReminderCommand>map(ReminderCommand.Now::new)
                .orElseGet(() -> mistake("`" + args.get(0) + "` is no cadence. " + hint));
    }

    private static ReminderCommand report(List<String> args) {
        String hint = "Type `remind report` or `remind report --since YYYY-MM-DD`, e.g. `remind report --since 2024-01-31`.";
        if (args.isEmpty()) {
            return new ReminderCommand.Report(Optional.empty());
        }
        String date;
        if (args.size() == 2 && args.get(0).equals("--since")) {
            date = args.get(1);
        } else if (args.size() == 1 && args.get(0).startsWith("--since=")) {
            date = args.get(0).substring("--since=".length());
        } else {
            return mistake(hint);
        }
        try {
            return new ReminderCommand.Report(Optional.of(LocalDate.parse(date)));
        } catch (DateTimeParseException e) {
            return mistake("`" + date + "` is no date. " + hint);
        }
    }

    private static OptionalLong id(String word) {
        String digits = word.startsWith("#") ? word.substring(1) : word;
        return digits.matches("\\d{1,12}") && Long.parseLong(digits) >= 1
                ? OptionalLong.of(Long.parseLong(digits))
                : OptionalLong.empty();
    }

    static Optional<Duration> duration(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!DURATION.matcher(w).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher part = DURATION_PART.matcher(w);
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> throw new AssertionError("the pattern allows only w, d, h and m");
            });
        }
        return Optional.of(total);
    }

    private static ReminderCommand mistake(String hint) {
        return new ReminderCommand.Mistake(hint);
    }
}
