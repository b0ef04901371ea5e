package dev.preflight.bot.console;

import dev.preflight.commands.conversation.Invocation;
import dev.preflight.commands.conversation.Preflight;
import dev.preflight.commands.conversation.Reply;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A chat in the terminal: lines are typed as in a chat channel and answered as the chat would show them.
 * Lines starting with {@code :} steer the console itself ({@code :as bob}, {@code :thread 3}, {@code :channel},
 * {@code :help}, {@code :quit}); in scripts, lines starting with {@code "# "} are comments.
 */
public final class ConsoleChat {

    static final String CHANNEL = "console";

    private final Preflight preflight;
    private final DeploymentStore store;
    private final PrintWriter out;
    private final ConsoleRenderer renderer;
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private String user;
    private Optional<Long> thread = Optional.empty();
    private long requests;

    public ConsoleChat(Preflight preflight, DeploymentStore store, PrintWriter out, String user) {
        this.preflight = preflight;
        this.store = store;
        this.out = out;
        this.renderer = new ConsoleRenderer(out, preflight.times());
        this.user = user;
    }

    /** Reads lines until the end of input or {@code :quit}; {@code echo} prints each line after its prompt (scripts). */
    public void run(BufferedReader in, boolean echo) {
        if (!echo) {
            out.println("Preflight console — you are @" + user + ". Type help for the commands, :help for the console.");
        }
        try {
            while (true) {
                out.print(prompt());
                out.flush();
                String line = in.readLine();
                if (line == null) {
                    out.println();
                    break;
                }
                if (echo) {
                    out.println(line);
                }
                if (!accept(line.strip())) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** Handles one line; false when the console should stop. */
    boolean accept(String line) {
        if (line.isEmpty() || line.equals("#") || line.startsWith("# ")) {
            return true;
        }
        if (line.startsWith(":")) {
            return steer(line);
        }
        String text = line.startsWith("/deploy") ? line.substring("/deploy".length()).strip() : line;
        Optional<String> threadRef = thread.map(ConsoleChat::threadRef);
        List<Reply> replies = preflight.handle(new Invocation(user, CHANNEL, threadRef, nextRequestId(), text));
        for (Reply reply : replies) {
            renderer.render(reply, thread.isPresent());
            if (reply instanceof Reply.Opened opened) {
                linkThread(opened.deployment());
            }
        }
        return true;
    }

    private boolean steer(String line) {
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case ":quit", ":q", ":exit" -> {
                return false;
            }
            case ":as" -> {
                if (words.length != 2 || !words[1].matches("[A-Za-z0-9._-]{1,64}")) {
                    out.println("console: type :as NAME, e.g. :as bob (letters, digits, . _ -)");
                } else {
                    user = words[1];
                    out.println("console: you are now @" + user);
                }
            }
            case ":thread" -> enterThread(words);
            case ":channel" -> {
                thread = Optional.empty();
                out.println("console: back in the channel");
            }
            case ":help" -> out.println("console: :as NAME switches user · :thread ID enters deployment ID's thread"
                    + " · :channel leaves it · :quit ends · anything else is a command (type help)");
            default -> out.println("console: unknown console command " + words[0] + "; type :help");
        }
        return true;
    }

    private void enterThread(String[] words) {
        if (words.length != 2 || !words[1].matches("#?\\d{1,9}")) {
            out.println("console: type :thread ID, e.g. :thread 3");
            return;
        }
        long id = Long.parseLong(words[1].replace("#", ""));
        Optional<Deployment> d = store.load(id);
        if (d.isEmpty() || !d.get().channel().equals(CHANNEL)) {
            out.println("console: there is no deployment #" + id + " here; type list to see the active ones");
            return;
        }
        thread = Optional.of(id);
        out.println("console: in the thread of #" + id + " " + d.get().name() + " (:channel to leave)");
    }

    /** The console is its own chat platform: the root message it just showed becomes the deployment's thread. */
    private void linkThread(Deployment d) {
        preflight.linkThread(d.id(), threadRef(d.id()));
    }

    private String prompt() {
        return user + thread.map(id -> " #" + id).orElse("") + "> ";
    }

    private String nextRequestId() {
        return "console-" + session + "-" + (++requests);
    }

    /**
     * {@code reminders} posted in the console's own channel: the console prints them where it runs, so that is
     * where they were posted, whatever channel the settings name for the chat platform.
     */
    public static ReminderSettings postedHere(ReminderSettings reminders) {
        ReminderSettings here = reminders;
        for (ReminderSchedule schedule : reminders.inOrder()) {
            here = here.with(schedule.withChannel(CHANNEL));
        }
        return here;
    }

    /** Text as the console shows it: mentions as {@code @alice}. For what other parts print on the console. */
    public static String asShown(String text) {
        return ConsoleRenderer.plain(text);
    }

    static String threadRef(long deploymentId) {
        return "console-" + deploymentId;
    }
}
