package dev.preflight.bot.slack.rollback;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.preflight.bot.slack.blocks.Draft;
import dev.preflight.bot.slack.fake.BlockKitRules;
import dev.preflight.commands.rollback.LiveMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A rollback step's message in Block Kit")
class LiveBlocksTest {

    private static final String KEY = "rollback/42/17";

    @Test
    @DisplayName("output can mention no one: its <, > and & show as printed")
    void outputCannotMentionAnyone() {
        String code = code(render("*Step 1 of 3 — Stop*", "<!channel> <@U123> <!here> a & b\n", List.of()));

        assertThat(code).isEqualTo("```\n&lt;!channel&gt; &lt;@U123&gt; &lt;!here&gt; a &amp; b\n\n```");
    }

    @Test
    @DisplayName("the people the core names in the status stay mentions")
    void coreMentionsStayMentions() {
        JsonArray blocks = blocks(render("Running, confirmed by <@UOPS> … 1 < 2", "", List.of()));

        assertThat(blocks).hasSize(1);
        assertThat(text(blocks.get(0).getAsJsonObject())).isEqualTo("Running, confirmed by <@UOPS> … 1 &lt; 2");
    }

    @Test
    @DisplayName("output that grows past 3,000 characters once escaped shows its end, within one text object")
    void longEscapedOutputShowsItsEnd() {
        String output = "<".repeat(2990) + "\nlast line & end";

        String code = code(render("*Step 1*", output, List.of()));

        assertThat(code).hasSizeLessThanOrEqualTo(3000).startsWith("```\n…\n&lt;")
                .endsWith("&lt;\nlast line &amp; end\n```");
    }

    @Test
    @DisplayName("a fence in the output does not end the code block")
    void fenceInOutputStaysInside() {
        String code = code(render("*Step 1*", "before\n```\n<!channel>\n```", List.of()));

        assertThat(code.substring(3, code.length() - 3)).doesNotContain("```");
    }

    @Test
    @DisplayName("each offered command is a button whose value is the command on its deployment")
    void buttonsCarryDeploymentAndCommand() {
        JsonArray buttons = buttons(render("*Step 1*", "ok\n",
                List.of("rollback run 2", "rollback skip 2", "rollback abort", "rollback approve")));

        assertThat(buttons).extracting(b -> b.getAsJsonObject().get("value").getAsString())
                .containsExactly("#42 rollback run 2", "#42 rollback skip 2", "#42 rollback abort", "#42 rollback approve");
        assertThat(buttons).extracting(b -> b.getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
                .containsExactly("Run step 2", "Skip step 2", "Abort rollback", "Approve rollback");
        assertThat(buttons).allSatisfy(b -> assertThat(b.getAsJsonObject().get("action_id").getAsString())
                .startsWith("pf-rb:"));
        assertThat(buttons.get(0).getAsJsonObject().has("confirm")).as("running a step asks first").isTrue();
    }

    @Test
    @DisplayName("only rollback and monitoring commands become buttons")
    void onlyRollbackCommandsBecomeButtons() {
        JsonArray buttons = buttons(render("*Step 1*", "", List.of("done --force now", "monitor check-disk",
                "rollback run 3")));

        assertThat(buttons).extracting(b -> b.getAsJsonObject().get("value").getAsString())
                .containsExactly("#42 monitor check-disk", "#42 rollback run 3");
    }

    @Test
    @DisplayName("every message keeps Block Kit's limits, whatever the text, output and commands")
    void everyMessageKeepsBlockKitLimits() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] pieces = {"<", ">", "&", "<!channel>", "<@U1>", "```", "`", "é", "😀", "\n", "a", " ",
                "line of output ", "&amp;", "*", "_"};
        int[] lengths = {0, 1, 80, 2990, 3000, 3001, 6000};
        for (int i = 0; i < 300; i++) {
            String text = random(random, pieces, 1 + random.nextInt(random.nextBoolean() ? 200 : 5000));
            String output = random(random, pieces, lengths[random.nextInt(lengths.length)]);
            List<String> actions = new ArrayList<>();
            for (int a = random.nextInt(30); a > 0; a--) {
                actions.add(random.nextBoolean() ? "rollback run " + random.nextInt(1000)
                        : "monitor " + "x".repeat(1 + random.nextInt(120)));
            }
            Draft draft = render(text, output, actions);
            JsonArray blocks = blocks(draft);

            assertThat(BlockKitRules.check(draft.text(), blocks)).as("seed %d, message %d", seed, i).isEmpty();
            if (!output.isEmpty()) {
                String code = code(draft);
                String shown = code.substring(4, code.length() - 4).replaceFirst("^…\n", "");
                assertThat(shown).as("seed %d, message %d", seed, i).doesNotContain("<").doesNotContain(">")
                        .satisfies(s -> assertThat(CodeTail.escape(output.replace("```", "ˋˋˋ"))).endsWith(s));
            }
        }
    }

    private static String random(Random random, String[] pieces, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(pieces[random.nextInt(pieces.length)]);
        }
        String text = out.substring(0, length);
        return text.isEmpty() || !Character.isHighSurrogate(text.charAt(text.length() - 1)) ? text
                : text.substring(0, text.length() - 1) + "x";
    }

    private static Draft render(String text, String output, List<String> actions) {
        return LiveBlocks.render(new LiveMessage("C1", Optional.of("1800000000.000100"), KEY, text, output,
                !actions.isEmpty(), actions));
    }

    private static JsonArray blocks(Draft draft) {
        return JsonParser.parseString(draft.blocksJson().orElseThrow()).getAsJsonArray();
    }

    /** The output's code block: the last section. */
    private static String code(Draft draft) {
        String code = null;
        for (JsonElement e : blocks(draft)) {
            JsonObject block = e.getAsJsonObject();
            if (block.get("type").getAsString().equals("section")) {
                code = text(block);
            }
        }
        assertThat(code).as("the code block of %s", blocks(draft)).startsWith("```\n");
        return code;
    }

    private static JsonArray buttons(Draft draft) {
        for (JsonElement e : blocks(draft)) {
            if (e.getAsJsonObject().get("type").getAsString().equals("actions")) {
                return e.getAsJsonObject().getAsJsonArray("elements");
            }
        }
        return new JsonArray();
    }

    private static String text(JsonObject block) {
        return block.getAsJsonObject("text").get("text").getAsString();
    }
}
