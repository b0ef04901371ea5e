package dev.preflight.commands.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void splitsOnAnyWhitespaceAndKeepsQuotedSpaces() {
        Words words = Words.split("  na\u00a0\"file  uploads\"   not needed ");

        assertThat(words.size()).isEqualTo(4);
        assertThat(words.get(1).text()).isEqualTo("file  uploads");
        assertThat(words.get(1).quoted()).isTrue();
        assertThat(words.from(2).raw()).isEqualTo("not needed");
    }

    @Test
    void rawKeepsTheTextAsTypedBetweenWords() {
        assertThat(Words.split("cancel  see   \"ticket 12\" ").from(1).raw()).isEqualTo("see   \"ticket 12\"");
    }

    @Test
    void findsAnUnquotedWord() {
        Words words = Words.split("na \"--\" x -- y");

        assertThat(words.indexOf("--")).isEqualTo(3);
    }

    @Test
    void rawIsOneLine() {
        assertThat(Words.split("cancel line one\n\tline two").from(1).raw()).isEqualTo("line one line two");
        assertThat(Words.split("\"a\nb\"").raw()).isEqualTo("a b");
    }
}
