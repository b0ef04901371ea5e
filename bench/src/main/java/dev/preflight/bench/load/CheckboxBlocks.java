package dev.preflight.bench.load;

import java.util.ArrayList;
import java.util.List;

/** The checkboxes blocks of a deployment's checklist messages, each holding items {@code first..last}. */
final class CheckboxBlocks {

    record Block(int first, int last) {
        Block {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("not an item range: " + first + "-" + last);
            }
        }
    }

    private CheckboxBlocks() {
    }

    /** Items {@code 1..items} cut into blocks of {@code size}. */
    static List<Block> evenly(int items, int size) {
        List<Block> blocks = new ArrayList<>();
        for (int first = 1; first <= items; first += size) {
            blocks.add(new Block(first, Math.min(items, first + size - 1)));
        }
        return blocks;
    }
}
