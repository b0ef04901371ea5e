package dev.preflight.commands.conversation;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is typed, parsing answers with a command or with one line saying what to type instead. */
class CommandParserRandomTest {

    private static final String PIECES = "tick untick na signoff revoke done cancel start status export help list log"
            + " --force --format --env --template -- — #12 #x 3 5 7-9 9-7 0 , \" “ ” md json dev-lead Code Quality";

    @Test
    void neverThrowsAndRejectsInOneLine() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] pieces = PIECES.split(" ");
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(6);
            for (int w = 0; w < words; w++) {
                text.append(random.nextInt(8) == 0 ? randomChar(random) : pieces[random.nextInt(pieces.length)]);
                text.append(random.nextBoolean() ? " " : "");
            }
            String typed = text.toString();
            CommandParser.Result result;
            try {
                result = CommandParser.parse(typed);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": parsing [" + typed + "] threw", e);
            }
            if (result instanceof CommandParser.Result.Rejected rejected) {
                assertThat(rejected.message()).as("seed %d: [%s]", seed, typed).isNotBlank().doesNotContain("\n");
            }
        }
    }

    private static String randomChar(Random random) {
        return String.valueOf((char) random.nextInt(0x3000));
    }
}
