package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.TemplateBuilder;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Template;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RefResolverTest {

    private final Template template = TemplateBuilder.sample();

    private List<Integer> items(String typed) {
        RefResolver.Resolution r = RefResolver.resolve(template, refs(typed), "tick");
        assertThat(r).as("resolving %s", typed).isInstanceOf(RefResolver.Resolution.Items.class);
        return ((RefResolver.Resolution.Items) r).items().stream().map(Item::number).toList();
    }

    private String refusal(String typed) {
        RefResolver.Resolution r = RefResolver.resolve(template, refs(typed), "tick");
        assertThat(r).as("resolving %s", typed).isInstanceOf(RefResolver.Resolution.Refused.class);
        return ((RefResolver.Resolution.Refused) r).message();
    }

    private static ItemRefs refs(String typed) {
        return ((Command.Tick) CommandParserTest.command("tick " + typed)).refs();
    }

    @Nested
    class Numbers {

        @Test
        void expandsRangesInOrderWithoutRepeats() {
            assertThat(items("9 3 2-4")).containsExactly(2, 3, 4, 9);
        }

        @Test
        @DisplayName("a number past the last item says how far the items go")
        void outOfRange() {
            assertThat(refusal("3 11")).isEqualTo("There is no item 11: items run from 1 to 10. Type status to see what is open.");
            assertThat(refusal("8-40")).startsWith("There is no item 40:");
        }
    }

    @Nested
    class Names {

        @Test
        void aSubsectionByName() {
            assertThat(items("code quality")).containsExactly(1, 2, 3);
        }

        @Test
        void aSectionByName() {
            assertThat(items("Performance")).containsExactly(6, 7, 8);
        }

        @Test
        @DisplayName("a name used twice lists both places and changes nothing")
        void ambiguousName() {
            assertThat(refusal("Database")).contains(
                    "\"Database\" names 2 parts of the checklist; nothing was changed.",
                    "Pre-Deployment / Database: tick 4-5",
                    "Performance / Database: tick 6-7");
        }

        @Test
        void aNameQualifiedWithItsSection() {
            assertThat(items("Performance / Database")).containsExactly(6, 7);
            assertThat(items("pre-deployment > database")).containsExactly(4, 5);
        }
    }

    @Nested
    class Fragments {

        @Test
        @DisplayName("a piece of exactly one item's text, ignoring case and backticks")
        void uniqueFragment() {
            assertThat(items("debug = true")).containsExactly(2);
            assertThat(items("\"TODO\"")).containsExactly(3);
        }

        @Test
        @DisplayName("a piece of several items lists them with numbers and changes nothing")
        void ambiguousFragment() {
            assertThat(refusal("migrations")).contains(
                    "\"migrations\" matches 2 items; nothing was changed. Give the number, e.g. tick 4:",
                    "  4. All migrations applied",
                    "  10. Run migrations: `python manage.py migrate`");
        }

        @Test
        void longCandidateListsAreCut() {
            Template many = new TemplateBuilder().section("S").subsection("Sub",
                    "check a", "check b", "check c", "check d", "check e", "check f", "check g", "check h",
                    "check i", "check j", "check k", "check l").build();

            RefResolver.Resolution r = RefResolver.resolve(many, new ItemRefs.Named("check"), "tick");

            assertThat(((RefResolver.Resolution.Refused) r).message()).contains("  10. check j", "… and 2 more")
                    .doesNotContain("11. check k");
        }

        @Test
        void noMatch() {
            assertThat(refusal("kubernetes")).isEqualTo("No item, subsection or section matches \"kubernetes\";"
                    + " type status to see the open items, or give numbers: tick 12");
        }
    }
}
