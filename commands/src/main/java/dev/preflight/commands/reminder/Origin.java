package dev.preflight.commands.reminder;

/** Why a reminder was posted. */
public enum Origin {
    /** Posted by the scheduler when it fell due. */
    SCHEDULED,
    /** Posted by the scheduler well after it fell due, because the bot was down then; counts as late. */
    CAUGHT_UP,
    /** Posted on request ({@code remind now}); its due time is when it was asked for. */
    ON_DEMAND
}
