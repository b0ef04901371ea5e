package dev.preflight.commands.conversation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the replies of one command. */
final class Replies {

    private Replies() {
    }

    /** The text of the one reply, which must be a whisper of one line: a mistake, nothing changed. */
    static String mistake(List<Reply> replies) {
        String text = whisper(replies);
        assertThat(text).as("a mistake is answered in one line").doesNotContain("\n");
        return text;
    }

    /** The text of the one reply, which must be a whisper or the answer to a replayed request. */
    static String whisper(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0)).isInstanceOfAny(Reply.Whisper.class, Reply.Replayed.class);
        return replies.get(0) instanceof Reply.Replayed r ? r.text() : ((Reply.Whisper) replies.get(0)).text();
    }

    /** The text of the one Say among the replies. */
    static String said(List<Reply> replies) {
        List<Reply.Say> says = only(replies, Reply.Say.class);
        assertThat(says).hasSize(1);
        return says.get(0).text();
    }

    /** The one Changed among the replies. */
    static Reply.Changed changed(List<Reply> replies) {
        List<Reply.Changed> changes = only(replies, Reply.Changed.class);
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    static <R extends Reply> List<R> only(List<Reply> replies, Class<R> type) {
        return replies.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
