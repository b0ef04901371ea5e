package dev.preflight.commands.deployment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemNumbersTest {

    @Test
    void joinsRunsIntoRanges() {
        assertThat(ItemNumbers.compact(List.of(3, 5, 7, 8, 9))).isEqualTo("3, 5, 7-9");
    }

    @Test
    void sortsAndDropsRepeats() {
        assertThat(ItemNumbers.compact(List.of(9, 1, 2, 2, 8))).isEqualTo("1-2, 8-9");
    }

    @Test
    void cutsLongListsAfterTheLimit() {
        assertThat(ItemNumbers.compact(List.of(1, 3, 5, 7, 9), 3)).isEqualTo("1, 3, 5, …");
        assertThat(ItemNumbers.compact(List.of(1, 3, 5), 3)).isEqualTo("1, 3, 5");
    }

    @Test
    void writesNothingForNoNumbers() {
        assertThat(ItemNumbers.compact(List.of())).isEmpty();
    }
}
