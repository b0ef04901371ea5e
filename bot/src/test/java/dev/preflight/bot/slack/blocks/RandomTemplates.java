package dev.preflight.bot.slack.blocks;

import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.Section;
import dev.preflight.commands.template.SignOffRole;
import dev.preflight.commands.template.Subsection;
import dev.preflight.commands.template.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Templates of every shape from a seeded random source: huge sections, long texts, odd characters. */
final class RandomTemplates {

    private static final String[] PIECES = {"a", "deploy", " ", "é", "日本", "🚀", "&", "<", ">", "`code`", "*",
            "_", "x", "Stripe", "  ", "ü", "—", "migrations"};

    private RandomTemplates() {
    }

    static Template template(Random random) {
        List<Section> sections = new ArrayList<>();
        int number = 1;
        int sectionCount = 1 + random.nextInt(4);
        for (int s = 0; s < sectionCount; s++) {
            String sectionName = text(random, 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 40));
            List<Subsection> subs = new ArrayList<>();
            int subCount = 1 + random.nextInt(random.nextInt(5) == 0 ? 30 : 6);
            for (int u = 0; u < subCount; u++) {
                String subName = u == 0 && random.nextBoolean() ? "" : text(random, 1 + random.nextInt(80));
                List<Item> items = new ArrayList<>();
                int itemCount = random.nextInt(random.nextInt(4) == 0 ? 60 : 12);
                for (int i = 0; i < itemCount; i++) {
                    int length = 1 + random.nextInt(random.nextInt(6) == 0 ? 600 : 70);
                    items.add(new Item(number++, 0, text(random, length), random.nextInt(5) > 0, sectionName, subName));
                }
                subs.add(new Subsection(subName, subName, random.nextInt(6) == 0, items));
            }
            sections.add(new Section(sectionName, subs));
        }
        List<SignOffRole> roles = new ArrayList<>();
        int roleCount = random.nextInt(random.nextInt(4) == 0 ? 120 : 6);
        for (int r = 0; r < roleCount; r++) {
            roles.add(new SignOffRole("role-" + r, text(random, 1 + random.nextInt(120))));
        }
        return new Template("Random", "", sections, List.of(), List.of(), List.of(), List.of(), roles, "", "");
    }

    static String text(Random random, int length) {
        StringBuilder text = new StringBuilder("t");
        while (text.length() < length) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString().strip();
    }
}
