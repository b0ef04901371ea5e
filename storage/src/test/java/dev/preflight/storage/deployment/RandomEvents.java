package dev.preflight.storage.deployment;

import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentEvent.Cancelled;
import dev.preflight.commands.deployment.DeploymentEvent.Completed;
import dev.preflight.commands.deployment.DeploymentEvent.MarkedNotApplicable;
import dev.preflight.commands.deployment.DeploymentEvent.SignOffRevoked;
import dev.preflight.commands.deployment.DeploymentEvent.SignedOff;
import dev.preflight.commands.deployment.DeploymentEvent.ThreadLinked;
import dev.preflight.commands.deployment.DeploymentEvent.Ticked;
import dev.preflight.commands.deployment.DeploymentEvent.Unticked;

import java.util.Random;

/** Events that may follow a Started, with awkward text: quotes, backslashes, newlines, accents, emoji, nulls. */
final class RandomEvents {

    private static final int[] CODE_POINTS = {'a', 'Z', '0', ' ', '"', '\'', '\\', '/', '\n', '\t', '{', '}', ':',
        'é', 'ß', '漢', 0x1F680, 0x1F44D, 0x0000_00A0, '\u2014', '<', '&'};

    private RandomEvents() {
    }

    static DeploymentEvent next(Random random) {
        int item = random.nextInt(TinyTemplates.ITEMS) + 1;
        return switch (random.nextInt(8)) {
            case 0 -> new ThreadLinked(text(random));
            case 1 -> new Ticked(item);
            case 2 -> new Unticked(item);
            case 3 -> new MarkedNotApplicable(item, nullableText(random));
            case 4 -> new SignedOff(text(random), nullableText(random));
            case 5 -> new SignOffRevoked(text(random));
            case 6 -> new Completed(random.nextBoolean(), nullableText(random));
            default -> new Cancelled(nullableText(random));
        };
    }

    static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            b.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
        }
        return b.toString();
    }

    private static String nullableText(Random random) {
        return random.nextInt(5) == 0 ? null : text(random);
    }
}
