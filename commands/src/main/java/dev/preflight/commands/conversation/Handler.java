package dev.preflight.commands.conversation;

import java.util.List;

/** Carries out one kind of command. */
interface Handler<C extends Command> {
    List<Reply> handle(C command, Request request);
}
