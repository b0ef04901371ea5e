package dev.preflight.commands.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties over thousands of random inputs. Each case has its own seed, printed when it fails; rerun
 * one with {@code -Dtemplate.seed=<seed>} (it becomes the first case). {@code -Dtemplate.scale=10} runs ten
 * times as many cases.
 */
class TemplatePropertiesTest {
    private static final long BASE_SEED = Long.getLong("template.seed", new Random().nextLong());
    private static final int SCALE = Integer.getInteger("template.scale", 1);

    private static void forEachSeed(int cases, Consumer<Random> property) {
        for (int i = 0; i < cases * SCALE; i++) {
            long seed = BASE_SEED + i;
            try {
                property.accept(new Random(seed));
            } catch (Throwable e) {
                throw new AssertionError("failed for seed " + seed + " (rerun with -Dtemplate.seed=" + seed + ")", e);
            }
        }
    }

    @Test
    @DisplayName("arbitrary text makes the parser throw nothing but TemplateException")
    void arbitraryTextOnlyEverThrowsTemplateException() {
        forEachSeed(2500, random -> {
            String text = ArbitraryText.document(random);
            try {
                ParsedTemplate parsed = TemplateParser.parseWithWarnings(text);
                assertThat(parsed.warnings()).allMatch(w -> w.line() >= 1);
            } catch (TemplateException e) {
                assertThat(e.line()).as("the line of: %s", e.getMessage()).isPositive();
            }
        });
    }

    @Test
    @DisplayName("arbitrary bytes make the parser throw nothing but TemplateException")
    void arbitraryBytesOnlyEverThrowTemplateException() {
        forEachSeed(1000, random -> {
            byte[] bytes = random.nextBoolean() ? ArbitraryText.document(random).getBytes(StandardCharsets.UTF_8)
                    : ArbitraryText.bytes(random);
            try {
                TemplateParser.parse(bytes);
            } catch (TemplateException e) {
                assertThat(e.line()).isPositive();
            }
        });
    }

    @Test
    @DisplayName("whatever the parser accepts survives export and parsing again as an equal template")
    void acceptedTextSurvivesTheRoundTrip() {
        forEachSeed(1500, random -> {
            Template template;
            try {
                template = TemplateParser.parse(ArbitraryText.document(random));
            } catch (TemplateException e) {
                return;
            }
            String exported = TemplateExporter.export(template);
            assertThat(TemplateParser.parse(exported)).as(exported).isEqualTo(template);
        });
    }

    @Test
    @DisplayName("generated templates parse without warnings into what was written, and round-trip")
    void generatedTemplatesParseAsWrittenAndRoundTrip() {
        forEachSeed(400, random -> {
            TemplateGenerator.Generated generated = new TemplateGenerator(random).next();
            ParsedTemplate parsed = TemplateParser.parseWithWarnings(generated.markdown());
            Template t = parsed.template();
            TemplateGenerator.Expected expected = generated.expected();
            assertThat(parsed.warnings()).as(generated.markdown()).isEmpty();
            assertThat(t.items()).extracting(Item::text).as(generated.markdown()).isEqualTo(expected.itemTexts());
            assertThat(t.items()).extracting(Item::required).isEqualTo(expected.required());
            assertThat(t.sections()).hasSize(expected.sections());
            assertThat(t.sections().stream().mapToInt(s -> s.subsections().size()).sum())
                    .isEqualTo(expected.subsections());
            assertThat(t.items().stream().filter(Item::isStep)).hasSize(expected.steps());
            assertThat(t.environment()).hasSize(expected.env());
            assertThat(t.monitoring()).hasSize(expected.monitoring());
            assertThat(t.rollback()).hasSize(expected.rollback());
            assertThat(t.maintenance()).hasSize(expected.maintenance());
            assertThat(t.roles()).hasSize(expected.roles());
            assertThat(t.version().isEmpty()).isNotEqualTo(expected.version());

            String exported = TemplateExporter.export(t);
            ParsedTemplate again = TemplateParser.parseWithWarnings(exported);
            assertThat(again.template()).as(exported).isEqualTo(t);
            assertThat(again.warnings()).isEmpty();
            assertThat(TemplateExporter.export(again.template())).isEqualTo(exported);
        });
    }

    @Test
    @DisplayName("a filled-in export with any notes parses back to the same template")
    void filledInExportsParseBackEqual() {
        forEachSeed(300, random -> {
            Template t = TemplateParser.parse(new TemplateGenerator(random).next().markdown());
            List<ItemMark> marks = new ArrayList<>();
            for (int i = 0; i < t.items().size(); i++) {
                List<String> notes = new ArrayList<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    notes.add(ArbitraryText.line(random) + (random.nextBoolean() ? "\n" + ArbitraryText.line(random) : ""));
                }
                marks.add(new ItemMark(random.nextBoolean(), notes));
            }
            String filled = TemplateExporter.export(t, item -> marks.get(item.number() - 1));
            assertThat(TemplateParser.parse(filled)).as(filled).isEqualTo(t);
        });
    }
}
