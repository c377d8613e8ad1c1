package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTruncatorTest {

    private static SummaryTruncator words(int n) {
        return new SummaryTruncator(Tokenization.ROUGE155, n, 0);
    }

    private static SummaryTruncator bytes(int n) {
        return new SummaryTruncator(Tokenization.ROUGE155, 0, n);
    }

    @Test
    void wordLimitTakesWholeLinesThenCutsTheLineThatReachesIt() {
        var t = words(4).truncate(List.of("a b c", "d e f", "g"));
        assertThat(t.pieces()).containsExactly("a b c", "d");
        assertThat(t.lcsUnits()).isEqualTo(t.pieces());
    }

    @Test
    void wordsAreWhitespaceRunsBeforeTokenization() {
        // "Sen's" and "--" are one word each although they give 2 and 0 tokens.
        var t = words(3).truncate(List.of("Hun Sen's -- party"));
        assertThat(t.pieces()).containsExactly("Hun Sen's --");
    }

    @Test
    void leadingWhitespaceCountsAsAnEmptyWord() {
        var t = words(3).truncate(List.of(" a b", "c d"));
        assertThat(t.pieces()).containsExactly(" a b");
        assertThat(words(4).truncate(List.of(" a b", "c d")).pieces()).containsExactly(" a b", "c");
    }

    @Test
    void emptyLinesAreIgnoredButBlankOnesAreKept() {
        var t = words(0).truncate(List.of("a", "", "  ", "b"));
        assertThat(t.pieces()).containsExactly("a", "  ", "b");
    }

    @Test
    void byteLimitCountsLineBytesWithoutJoiningSpacesAndCutsInsideWords() {
        var t = bytes(6).truncate(List.of("abcd", "efgh", "ijkl"));
        assertThat(t.pieces()).containsExactly("abcd", "ef");
    }

    @Test
    void byteLimitCountsUtf8Bytes() {
        // "é" is two bytes: "aé" is 3 bytes, so a 4-byte limit leaves 1 byte for "bc".
        assertThat(bytes(4).truncate(List.of("aé", "bc")).pieces()).containsExactly("aé", "b");
        // A character that does not fit whole is dropped (ROUGE would see half a byte sequence).
        assertThat(bytes(2).truncate(List.of("aé")).pieces()).containsExactly("a");
    }

    @Test
    void rougeLUnitsUnderAByteLimitIgnoreTheRunningTotal() {
        // ROUGE-1.5.5's readText_LCS never adds up the bytes: every line shorter than the limit stays.
        var t = bytes(6).truncate(List.of("abcd", "efgh", "ijklmnop", "qr"));
        assertThat(t.pieces()).containsExactly("abcd", "ef");
        assertThat(t.lcsUnits()).containsExactly("abcd", "efgh", "ijklmn");
    }

    @Test
    void linesWithEmbeddedNewlinesAreSplit() {
        assertThat(words(0).truncate(List.of("a\nb")).pieces()).containsExactly("a", "b");
        assertThat(SummaryLines.of("a\r\nb\n")).containsExactly("a\r", "b");
    }
}
