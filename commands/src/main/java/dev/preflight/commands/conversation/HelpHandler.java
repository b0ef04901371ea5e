package dev.preflight.commands.conversation;

import java.util.ArrayList;
import java.util.List;

/** {@code help} lists every command; {@code help <command>} explains one. */
final class HelpHandler implements Handler<Command.Help> {

    @Override
    public List<Reply> handle(Command.Help help, Request request) {
        return List.of(new Reply.Whisper(help.topic().map(HelpHandler::details).orElseGet(HelpHandler::overview)));
    }

    static String overview() {
        List<String> lines = new ArrayList<>();
        lines.add("Preflight commands (type help <command> for more):");
        for (Verb verb : Verb.values()) {
            lines.add("  " + verb.usage() + " — " + verb.summary());
        }
        lines.add("In a deployment's thread, commands act on that deployment; elsewhere on the channel's only"
                + " active one. With several, put the id first: #12 tick 5.");
        return String.join("\n", lines);
    }

    static String details(Verb verb) {
        return verb.usage() + " — " + verb.summary() + "\n" + verb.details();
    }
}
