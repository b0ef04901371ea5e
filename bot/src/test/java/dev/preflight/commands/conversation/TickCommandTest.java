package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.SectionView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TickCommandTest extends ChatTest {

    private Deployment d;
    private int startEvents;

    @BeforeEach
    void startDeployment() {
        d = chat.start("Release 2.4");
        startEvents = chat.events(d.id()).size();
    }

    private static List<Integer> range(int first, int last) {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    private List<DeploymentEvent> newEvents() {
        return eventsAfter(d.id(), startEvents);
    }

    @Nested
    class ByNumber {

        @Test
        @DisplayName("numbers, lists and ranges are ticked in one append, and the reply names them with the progress")
        void ticksNumbersListsAndRanges() {
            List<Reply> replies = chat.type("U_BOB", "tick 1 3-4");

            assertThat(newEvents()).containsExactly(new DeploymentEvent.Ticked(1), new DeploymentEvent.Ticked(3),
                    new DeploymentEvent.Ticked(4));
            List<RecordedEvent> log = chat.events(d.id());
            assertThat(log.subList(startEvents, log.size())).extracting(RecordedEvent::requestId).containsOnly("req-2");
            assertThat(Replies.said(replies)).isEqualTo("<@U_BOB> ticked 1, 3-4 · 3/181 · required left 166 · sign-offs 0/4");
            assertThat(Replies.changed(replies).sections()).containsExactly(0);
        }

        @Test
        void oneItemIsNamedWithItsText() {
            assertThat(Replies.said(chat.type("U_BOB", "tick 3")))
                    .startsWith("<@U_BOB> ticked 3 (Review all TODO comments in code) · ");
        }

        @Test
        @DisplayName("the changed sections are the ones holding the ticked items")
        void changedSections() {
            Reply.Changed changed = Replies.changed(chat.type("U_BOB", "tick 30-31 165"));

            assertThat(changed.sections()).containsExactlyInAnyOrder(0, 1, 10);
            assertThat(changed.signOffs()).isFalse();
            assertThat(SectionView.itemLine(changed.deployment(), changed.deployment().template().item(17).orElseThrow(),
                    chat.preflight.times())).isEqualTo("17. ☐ Database backups automated");
            assertThat(SectionView.itemLine(changed.deployment(), changed.deployment().template().item(31).orElseThrow(),
                    chat.preflight.times())).isEqualTo("31. ☑ `SECURE_SSL_REDIRECT = True` — <@U_BOB> 10:00");
        }

        @Test
        void refusesAnItemPastTheEnd() {
            assertThat(Replies.mistake(chat.type("U_BOB", "tick 3 182")))
                    .isEqualTo("There is no item 182: items run from 1 to 181. Type status to see what is open.");
            assertThat(newEvents()).isEmpty();
        }
    }

    @Nested
    class ByName {

        @Test
        void aSubsection() {
            chat.type("U_BOB", "tick Code Quality");

            assertThat(chat.reload(d.id()).items()).containsOnlyKeys(1, 2, 3, 4, 5, 6);
        }

        @Test
        void aSection() {
            chat.type("U_BOB", "tick legal & compliance");

            assertThat(chat.reload(d.id()).items().keySet()).containsExactlyInAnyOrderElementsOf(range(146, 159));
        }

        @Test
        @DisplayName("a subsection name used in two sections lists both and changes nothing")
        void anAmbiguousName() {
            String answer = Replies.whisper(chat.type("U_BOB", "tick Database"));

            assertThat(answer).contains("Pre-Deployment (Development) / Database: tick 15-20",
                    "Performance Optimization / Database: tick 58-62");
            assertThat(newEvents()).isEmpty();
        }

        @Test
        void aNameWithItsSection() {
            chat.type("U_BOB", "tick Performance Optimization / Database");

            assertThat(chat.reload(d.id()).items()).containsOnlyKeys(58, 59, 60, 61, 62);
        }
    }

    @Nested
    class ByText {

        @Test
        void aFragmentOfOneItem() {
            chat.type("U_BOB", "tick file uploads");

            assertThat(newEvents()).containsExactly(new DeploymentEvent.Ticked(14));
        }

        @Test
        @DisplayName("a fragment of several items lists the candidates with numbers and text, and changes nothing")
        void aFragmentOfSeveralItems() {
            String answer = Replies.whisper(chat.type("U_BOB", "tick migrat"));

            assertThat(answer).contains("\"migrat\" matches 3 items; nothing was changed. Give the number, e.g. tick 15:",
                    "  15. All migrations created and tested: `python manage.py makemigrations`",
                    "  16. All migrations applied: `python manage.py migrate`",
                    "  168. Run migrations: `python manage.py migrate`");
            assertThat(newEvents()).isEmpty();
        }
    }

    @Nested
    class AlreadyClosed {

        @Test
        @DisplayName("ticking an item someone already ticked says who ticked it when")
        void saysWhoTickedItWhen() {
            chat.type("U_BOB", "tick 2");
            chat.clock.advance(Duration.ofMinutes(5));

            assertThat(Replies.mistake(chat.type("U_ANN", "tick 2")))
                    .isEqualTo("Nothing changed: 2 was already ticked by <@U_BOB> at 10:00.");
            assertThat(chat.reload(d.id()).item(2)).contains(new ItemState.Done("U_BOB", Chat.START));
        }

        @Test
        void ticksTheRestAndMentionsTheAlreadyTicked() {
            chat.type("U_BOB", "tick 2");

            String said = Replies.said(chat.type("U_ANN", "tick 1-3"));

            assertThat(said).startsWith("<@U_ANN> ticked 1, 3 — unchanged: 2 was already ticked by <@U_BOB> at 10:00 · ");
            assertThat(newEvents()).containsExactly(new DeploymentEvent.Ticked(2), new DeploymentEvent.Ticked(1),
                    new DeploymentEvent.Ticked(3));
        }

        @Test
        void aNotApplicableItemMustBeReopenedFirst() {
            chat.type("U_BOB", "na 14 no uploads");

            assertThat(Replies.mistake(chat.type("U_ANN", "tick 14")))
                    .isEqualTo("Nothing changed: 14 is N/A (no uploads); untick 14 to reopen it.");
        }
    }

    @Nested
    class Untick {

        @Test
        @DisplayName("untick reopens ticked and N/A items and says which were not ticked")
        void reopens() {
            chat.type("U_BOB", "tick 1");
            chat.type("U_BOB", "na 2 never set");

            String said = Replies.said(chat.type("U_ANN", "untick 1-3"));

            assertThat(said).startsWith("<@U_ANN> reopened 1-2 — unchanged: 3 is not ticked · 0/181");
            assertThat(chat.reload(d.id()).items()).isEmpty();
            assertThat(newEvents()).endsWith(new DeploymentEvent.Unticked(1), new DeploymentEvent.Unticked(2));
        }

        @Test
        void anOpenItemStaysOpen() {
            assertThat(Replies.mistake(chat.type("U_ANN", "untick 5"))).isEqualTo("Nothing changed: 5 is not ticked.");
        }
    }
}
