package dev.preflight.commands.conversation;

import dev.preflight.commands.reminder.ReminderCommands;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Hands {@code remind ...} to the maintenance reminders, or says they are switched off. */
final class RemindHandler implements Handler<Command.Remind> {

    static final String OFF = "Maintenance reminders are switched off here; give the settings a `reminders:` block"
            + " with a channel to switch them on.";

    private final Optional<ReminderCommands> reminders;

    RemindHandler(Optional<ReminderCommands> reminders) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
    }

    @Override
    public List<Reply> handle(Command.Remind command, Request request) {
        Invocation typed = request.invocation();
        return reminders.map(r -> r.handle(new Invocation(typed.user(), typed.channel(), typed.thread(),
                        typed.requestId(), command.arguments())))
                .orElseGet(() -> List.of(new Reply.Whisper(OFF)));
    }
}
