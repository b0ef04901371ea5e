package dev.preflight.bot.reminder;

import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderPostException;
import dev.preflight.commands.reminder.ReminderPoster;
import dev.preflight.commands.template.Cadence;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** Stands in for the chat platform: records what was posted, updated and nudged; can be made to fail. */
final class RecordingPoster implements ReminderPoster {

    record Nudged(Reminder reminder, Nudge nudge) {
    }

    final List<Reminder> posted = new CopyOnWriteArrayList<>();
    final List<Reminder> updated = new CopyOnWriteArrayList<>();
    final List<Nudged> nudged = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();

    void goDown() {
        down.set(true);
    }

    void comeBack() {
        down.set(false);
    }

    @Override
    public String post(Reminder reminder) {
        failWhenDown();
        posted.add(reminder);
        return "ts-" + reminder.id();
    }

    @Override
    public void update(Reminder reminder) {
        failWhenDown();
        updated.add(reminder);
    }

    @Override
    public void nudge(Reminder reminder, Nudge nudge) {
        failWhenDown();
        nudged.add(new Nudged(reminder, nudge));
    }

    List<Instant> postedDue(Cadence cadence) {
        return posted.stream().filter(r -> r.cadence() == cadence).map(Reminder::dueAt).toList();
    }

    List<Long> nudgedIds() {
        return nudged.stream().map(n -> n.reminder().id()).toList();
    }

    private void failWhenDown() {
        if (down.get()) {
            throw new ReminderPostException("chat is down", null);
        }
    }
}
