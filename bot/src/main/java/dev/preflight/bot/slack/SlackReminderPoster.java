package dev.preflight.bot.slack;

import dev.preflight.bot.slack.blocks.Draft;
import dev.preflight.bot.slack.blocks.MessageKeys;
import dev.preflight.bot.slack.blocks.ReminderMessages;
import dev.preflight.bot.slack.delivery.Outgoing;
import dev.preflight.bot.slack.listeners.ReminderRefresh;
import dev.preflight.commands.conversation.Outbox;
import dev.preflight.commands.conversation.Outbox.Letter;
import dev.preflight.commands.reminder.Nudge;
import dev.preflight.commands.reminder.Reminder;
import dev.preflight.commands.reminder.ReminderPostException;
import dev.preflight.commands.reminder.ReminderPoster;
import dev.preflight.commands.reminder.ReminderSchedule;
import dev.preflight.commands.reminder.ReminderSettings;
import dev.preflight.commands.reminder.ReminderStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Posts maintenance reminders in Slack through the outbox, never directly. A reminder's message is the letter
 * {@code reminder:<id>:post} for the message {@code reminder:<id>}, which is also the reference {@link #post}
 * returns: posting the same reminder again (after a restart between the post and the recording of its
 * reference) finds the letter already there and adds nothing. Updates are replaceable letters for that message
 * (chat.update, once its ts is known); nudges are posts in its thread, keyed {@code reminder:<id>:nudge:<n>}.
 *
 * <p>It is built before the application, which is handed it, and connected to the outbox when the Slack server
 * starts; until then it fails as an unreachable Slack would, and the reminder is posted later.
 */
public final class SlackReminderPoster implements ReminderPoster, ReminderRefresh {

    /** Slack's conversation ids: chat.update, which ticks a reminder in place, does not take a channel's name. */
    private static final Pattern CHANNEL_ID = Pattern.compile("[CDG][A-Z0-9]+");

    private final Map<String, Set<String>> roles;
    private volatile Connection connection;

    /**
     * A poster for {@code reminders}, whose nudges mention the holders of the escalation role as {@code roles}
     * maps them. Throws {@link SlackSettingsException} when a reminder channel is a name rather than an id.
     */
    public SlackReminderPoster(ReminderSettings reminders, Map<String, Set<String>> roles) {
        for (ReminderSchedule schedule : reminders.inOrder()) {
            if (!CHANNEL_ID.matcher(schedule.channel()).matches()) {
                throw new SlackSettingsException("reminders: channel \"" + schedule.channel() + "\" of the "
                        + schedule.cadence().name().toLowerCase(Locale.ROOT) + " reminders must be the Slack channel's id,"
                        + " such as C0123ABCDEF (at the bottom of the channel's details), not its name");
            }
        }
        this.roles = Map.copyOf(roles);
    }

    /** Delivers from now on through {@code outbox} (timed by {@code clock}); {@code wake} runs after each enqueue. */
    void connect(Outbox outbox, Runnable wake, Clock clock, ReminderStore store) {
        connection = new Connection(outbox, wake, clock, store);
    }

    @Override
    public String post(Reminder reminder) {
        Connection c = connected();
        String message = MessageKeys.reminder(reminder.id());
        Draft draft = ReminderMessages.message(reminder, version(c));
        Outgoing out = Outgoing.post(reminder.channel(), draft.text(), draft.blocksJson());
        c.send(List.of(new Letter(message + ":post", reminder.channel(), out.kind().name(), out.toJson(),
                Optional.of(message), false)), reminder);
        return message;
    }

    @Override
    public void update(Reminder reminder) {
        Connection c = connected();
        String message = MessageKeys.reminder(reminder.id());
        Draft draft = ReminderMessages.message(reminder, version(c));
        Outgoing out = Outgoing.update(reminder.channel(), draft.text(), draft.blocksJson());
        c.send(List.of(new Letter(message + ":update:" + UUID.randomUUID(), reminder.channel(), out.kind().name(),
                out.toJson(), Optional.of(message), true)), reminder);
    }

    @Override
    public void nudge(Reminder reminder, Nudge nudge) {
        Connection c = connected();
        String message = MessageKeys.reminder(reminder.id());
        Set<String> holders = nudge.mention().map(role -> roles.getOrDefault(role, Set.of())).orElse(Set.of());
        List<Letter> letters = new ArrayList<>();
        for (Draft draft : ReminderMessages.nudge(reminder, nudge, holders)) {
            Outgoing out = Outgoing.post(reminder.channel(), draft.text(), draft.blocksJson()).inThreadOf(message);
            letters.add(new Letter(message + ":nudge:" + nudge.number() + (letters.isEmpty() ? "" : "/" + letters.size()),
                    reminder.channel(), out.kind().name(), out.toJson(), Optional.empty(), false));
        }
        c.send(letters, reminder);
    }

    @Override
    public void refresh(long reminderId) {
        connected().store().find(reminderId).filter(r -> r.postedAt().isPresent()).ifPresent(this::update);
    }

    private Connection connected() {
        Connection c = connection;
        if (c == null) {
            throw new ReminderPostException("Slack is not connected yet");
        }
        return c;
    }

    /** Letters and digits that differ from one rendering to the next. */
    private static String version(Connection c) {
        return Long.toString(c.clock().millis(), Character.MAX_RADIX);
    }

    private record Connection(Outbox outbox, Runnable wake, Clock clock, ReminderStore store) {

        void send(List<Letter> letters, Reminder about) {
            try {
                outbox.enqueue(letters, clock.instant());
            } catch (RuntimeException e) {
                throw new ReminderPostException("the outbox could not take reminder #" + about.id() + ": "
                        + e.getMessage(), e);
            }
            wake.run();
        }
    }
}
