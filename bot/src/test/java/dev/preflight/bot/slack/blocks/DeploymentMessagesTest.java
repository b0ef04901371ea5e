package dev.preflight.bot.slack.blocks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.preflight.bot.slack.fake.BlockKitRules;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.template.BundledTemplate;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.Subsection;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.Template;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

@DisplayName("A deployment's Slack messages")
class DeploymentMessagesTest {

    private final DeploymentMessages messages = new DeploymentMessages(
            new TimeFormat(ZoneId.of("Europe/Paris"), Clock.fixed(DeploymentBuilder.T0, ZoneId.of("UTC"))));

    private List<Draft> all(Deployment d) {
        List<Draft> drafts = new ArrayList<>();
        drafts.add(messages.root(d));
        drafts.addAll(messages.thread(d));
        return drafts;
    }

    /** The blocks as parsed back from the JSON sent to Slack: the text a reader sees, unescaped. */
    private static String visible(Draft draft) {
        return blocks(draft).toString();
    }

    private static JsonArray blocks(Draft draft) {
        return JsonParser.parseString(draft.blocksJson().orElse("[]")).getAsJsonArray();
    }

    /** Item number → the message holding its option, checking each item is offered exactly once. */
    private static Map<Integer, Draft> itemsByMessage(List<Draft> drafts) {
        Map<Integer, Draft> found = new HashMap<>();
        for (Draft draft : drafts) {
            for (JsonElement b : blocks(draft)) {
                JsonObject block = b.getAsJsonObject();
                if (!block.get("type").getAsString().equals("actions")) {
                    continue;
                }
                for (JsonElement o : block.getAsJsonArray("elements").get(0).getAsJsonObject().getAsJsonArray("options")) {
                    int n = Integer.parseInt(o.getAsJsonObject().get("value").getAsString());
                    if (found.put(n, draft) != null) {
                        fail("item " + n + " is offered twice");
                    }
                }
            }
        }
        return found;
    }

    private static Deployment worked(Template template, Random random) {
        DeploymentBuilder b = DeploymentBuilder.of(template);
        for (Item item : template.items()) {
            int roll = random.nextInt(4);
            if (roll == 1) {
                b.tick(item.number(), "U" + random.nextInt(1000));
            } else if (roll == 2) {
                b.notApplicable(item.number(), RandomTemplates.text(random, 1 + random.nextInt(
                        random.nextInt(8) == 0 ? 2_500 : 60)), "UNA");
            }
        }
        for (SignOffRole role : template.roles()) {
            if (random.nextBoolean()) {
                b.signOff(role.slug(), "USIGNER", RandomTemplates.text(random, random.nextInt(300)));
            }
        }
        return b.build();
    }

    private static void assertWithinLimits(List<Draft> drafts) {
        for (Draft draft : drafts) {
            assertThat(BlockKitRules.check(draft.text(), blocks(draft))).as("limits of %s", draft.messageKey())
                    .isEmpty();
        }
        Set<String> keys = new HashSet<>();
        drafts.forEach(d -> assertThat(keys.add(d.messageKey().orElseThrow())).as("unique key").isTrue());
    }

    /**
     * Every item's full text, and every reason, can be read in the item's message: in its label or in the notes
     * (which may be split across elements at a space or line break, so whitespace is ignored).
     */
    private static void assertNothingSilentlyCut(Deployment d, Map<Integer, Draft> byItem) {
        Map<Draft, String> readables = new HashMap<>();
        for (Item item : d.template().items()) {
            String readable = readables.computeIfAbsent(byItem.get(item.number()),
                    draft -> texts(blocks(draft)).replaceAll("\\s", ""));
            String text = Mrkdwn.escape(item.text()).replaceAll("\\s", "");
            if (!readable.contains(text)) {
                fail("the full text of item " + item.number() + " cannot be read in its message");
            }
            if (d.item(item.number()).orElse(null) instanceof ItemState.NotApplicable na
                    && !readable.contains(Mrkdwn.escape(na.reason()).replaceAll("\\s", ""))) {
                fail("the reason of item " + item.number() + " cannot be read in its message");
            }
        }
    }

    /** Every "text" string of {@code json}, in order. */
    private static String texts(JsonElement json) {
        StringBuilder all = new StringBuilder();
        if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(e -> all.append(texts(e)));
        } else if (json.isJsonObject()) {
            json.getAsJsonObject().entrySet().forEach(e -> all.append(
                    e.getKey().equals("text") && e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : texts(e.getValue())));
        }
        return all.toString();
    }

    @Nested
    @DisplayName("of the bundled checklist")
    class Bundled {

        @Test
        void respectEveryBlockKitLimitFreshAndFullyWorked() {
            Template template = BundledTemplate.template();
            Deployment fresh = DeploymentBuilder.of(template).build();
            Deployment worked = worked(template, new Random(7));

            assertWithinLimits(all(fresh));
            assertWithinLimits(all(worked));
            assertThat(itemsByMessage(all(fresh))).hasSize(template.items().size());
            assertThat(messages.thread(worked)).hasSameSizeAs(messages.thread(fresh));
        }

        @Test
        void offerEachSectionInItsOwnMessageWithTheItemNumbers() {
            Deployment d = DeploymentBuilder.of(BundledTemplate.template()).build();

            List<Draft> thread = messages.thread(d);

            assertThat(thread).hasSize(d.template().sections().size() + 1);
            assertThat(thread.get(0).text()).startsWith(d.template().sections().get(0).name());
            assertThat(visible(thread.get(0))).contains("*1.* Run `python manage.py check`");
        }
    }

    @Test
    void respectEveryLimitAndCutNothingSilentlyForTemplatesOfAnyShape() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try {
            for (int round = 0; round < 60; round++) {
                Template template = RandomTemplates.template(random);
                Deployment fresh = DeploymentBuilder.of(template).build();
                Deployment worked = worked(template, random);
                List<Draft> worn = all(worked);

                assertWithinLimits(all(fresh));
                assertWithinLimits(worn);
                Map<Integer, Draft> byItem = itemsByMessage(worn);
                assertThat(byItem).hasSize(template.items().size());
                assertNothingSilentlyCut(worked, byItem);
                assertThat(messages.thread(worked)).extracting(Draft::messageKey)
                        .as("the same messages whatever the state")
                        .containsExactlyElementsOf(messages.thread(fresh).stream().map(Draft::messageKey).toList());
            }
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
    }

    @Test
    @DisplayName("each message can be rendered alone by its key, as it is in the whole thread")
    void eachMessageRendersAloneByItsKey() {
        Deployment d = DeploymentBuilder.of(BundledTemplate.template()).tick(12, "UBOB")
                .signOff("dev-lead", "UDEV", "lgtm").build();

        for (Draft draft : all(d)) {
            String key = draft.messageKey().orElseThrow();
            assertThat(messages.message(d, key)).as(key).contains(draft);
        }
        assertThat(messages.sectionKeyOf(d, 12)).containsExactly(messages.sectionOf(d, 12).get(0).messageKey().get());
        assertThat(messages.signOffKeys(d)).containsExactlyElementsOf(
                messages.signOffs(d).stream().map(x -> x.messageKey().get()).toList());
    }

    @Test
    void aKeyOfNoMessageOfTheDeploymentRendersNothing() {
        Deployment d = DeploymentBuilder.of(BundledTemplate.template()).build();

        assertThat(messages.message(d, MessageKeys.root(d.id() + 1))).isEmpty();
        assertThat(messages.message(d, "deployment/" + d.id() + "/section/99/part/0")).isEmpty();
        assertThat(messages.message(d, "deployment/" + d.id() + "/signoffs/part/9")).isEmpty();
        assertThat(messages.message(d, MessageKeys.reminder(3))).isEmpty();
    }

    @Test
    void aTickedItemShowsWhoTickedItAndWhen() {
        Deployment d = DeploymentBuilder.of(BundledTemplate.template()).tick(12, "UBOB").build();

        String section = visible(messages.sectionOf(d, 12).get(0));

        assertThat(section).contains("✅ *12.* <@UBOB>, 2026-11-27 10:02");
    }

    @Test
    void aLongItemKeepsAShortLabelAndShowsItsFullTextBelow() {
        String longText = "Verify " + "the payment provider's webhook signatures ".repeat(5) + "end";
        Template withLong = new Template("T", "", List.of(new Section("S",
                List.of(new Subsection("Sub", "Sub", false,
                        List.of(new Item(1, 0, longText, true, "S", "Sub")))))),
                List.of(), List.of(), List.of(), List.of(), List.of(), "", "");

        String json = visible(messages.thread(DeploymentBuilder.of(withLong).build()).get(0));

        assertThat(json).contains("…").contains(longText);
    }

    @Nested
    @DisplayName("root")
    class Root {

        @Test
        void saysReadyToCompleteOnlyOnceEverythingIsClosedAndSigned() {
            Template template = BundledTemplate.template();
            DeploymentBuilder b = DeploymentBuilder.of(template);
            template.items().forEach(i -> b.tick(i.number(), "UALICE"));
            template.roles().subList(1, template.roles().size()).forEach(r -> b.signOff(r.slug(), "UALICE", ""));
            assertThat(visible(messages.root(b.build()))).doesNotContain("Ready to complete");

            b.signOff(template.roles().get(0).slug(), "UBOB", "");

            assertThat(visible(messages.root(b.build()))).contains("Ready to complete");
        }
    }

    @Nested
    @DisplayName("sign-off")
    class SignOffs {

        @Test
        void offersAButtonOnlyForRolesNotYetSigned() {
            Deployment d = DeploymentBuilder.of(BundledTemplate.template()).signOff("dev-lead", "UDEV", "lgtm").build();

            String json = visible(messages.signOffs(d).get(0));

            assertThat(json).contains("Sign off as Project Manager").doesNotContain("Sign off as Dev Lead")
                    .contains("<@UDEV>").contains("lgtm");
        }
    }
}
