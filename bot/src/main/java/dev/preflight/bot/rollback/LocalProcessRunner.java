package dev.preflight.bot.rollback;

import dev.preflight.commands.rollback.OutputSink;
import dev.preflight.commands.rollback.RollbackSettings;
import dev.preflight.commands.rollback.StepCommand;
import dev.preflight.commands.rollback.StepOutcome;
import dev.preflight.commands.rollback.StepRunner;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs rollback steps as processes on the bot's own host. Input comes from {@code /dev/null} and, where
 * {@code setsid} exists, each command runs in a session of its own without a controlling terminal, so a command
 * that asks for a password (on its input or on {@code /dev/tty}) fails at once instead of waiting. Stdout and
 * stderr are read together. The environment is not the bot's: only a few harmless variables (PATH, HOME, LANG,
 * ...) are passed on, plus {@code rollback.env}, so the bot's own tokens never reach a command.
 */
public final class LocalProcessRunner implements StepRunner {

    /** Variables of the bot's environment that commands get too. */
    static final List<String> PASSED_ON = List.of("PATH", "HOME", "USER", "LOGNAME", "SHELL", "LANG", "LC_ALL",
            "LC_CTYPE", "TZ", "TMPDIR");
    private static final File NO_INPUT = new File("/dev/null");
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    private final Optional<Path> workdir;
    private final Map<String, String> environment;
    private final List<String> detach;

    /**
     * @param workdir  where commands run; the bot's working directory when empty
     * @param env      variables every command gets (on top of {@link #PASSED_ON} taken from {@code host})
     * @param host     the bot's own environment
     */
    public LocalProcessRunner(Optional<Path> workdir, Map<String, String> env, Map<String, String> host) {
        this.workdir = workdir;
        Map<String, String> all = new HashMap<>();
        PASSED_ON.forEach(name -> {
            if (host.containsKey(name)) {
                all.put(name, host.get(name));
            }
        });
        all.putAll(env);
        this.environment = Map.copyOf(all);
        this.detach = SETSID.stream().filter(Files::isExecutable).findFirst().map(p -> List.of(p.toString()))
                .orElse(List.of());
    }

    /** A runner with the {@code rollback:} settings' working directory and variables. */
    public static LocalProcessRunner from(RollbackSettings settings) {
        return new LocalProcessRunner(settings.workdir(), settings.env(), System.getenv());
    }

    @Override
    public Execution start(StepCommand command, OutputSink output, Duration timeout) {
        List<String> arguments = new ArrayList<>(detach);
        arguments.addAll(command.arguments());
        ProcessBuilder builder = new ProcessBuilder(arguments)
                .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT))
                .redirectErrorStream(true);
        workdir.ifPresent(dir -> builder.directory(dir.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            output.accept("Cannot start " + command.arguments().get(0) + ": " + e.getMessage() + "\n");
            return new NotStarted(Duration.ofNanos(System.nanoTime() - started));
        }
        return ProcessExecution.watch(process, output, timeout, started);
    }

    /** A command that never started: its outcome is known at once and there is nothing to cancel. */
    private record NotStarted(Duration after) implements Execution {
        @Override
        public CompletableFuture<StepOutcome> outcome() {
            return CompletableFuture.completedFuture(StepOutcome.killed(StepOutcome.Ending.NOT_STARTED, after));
        }

        @Override
        public void cancel() {
        }
    }
}
