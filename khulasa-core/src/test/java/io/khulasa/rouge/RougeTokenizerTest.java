package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTokenizerTest {

    private static List<String> tokens(Tokenization mode, boolean arabic, String text) {
        List<String> out = new ArrayList<>();
        new RougeTokenizer(mode, arabic).tokenize(text, out);
        return out;
    }

    @Test
    void rouge155KeepsLowerCasedAsciiLetterAndDigitRuns() {
        assertThat(tokens(Tokenization.ROUGE155, false, "U.S. House's 2-3 $5 café_x"))
                .containsExactly("u", "s", "house", "s", "2", "3", "5", "caf", "x");
    }

    @Test
    void unicodeKeepsRunsOfLettersDigitsAndMarks() {
        assertThat(tokens(Tokenization.UNICODE, false, "Café, naïve ٢٠٢٤ كِتَاب؛ U.S."))
                .containsExactly("café", "naïve", "٢٠٢٤", "كِتَاب", "u", "s");
    }

    @Test
    void unicodeEqualsRouge155OnAsciiText() {
        String text = "The 3 U.S. officials' \"deal\" -- signed on Nov. 25 (at 10am).";
        assertThat(tokens(Tokenization.UNICODE, false, text))
                .isEqualTo(tokens(Tokenization.ROUGE155, false, text));
    }

    @Test
    void arabicNormalizationUnifiesAlefYehTehMarbutaAndDropsDiacriticsAndTatweel() {
        assertThat(tokens(Tokenization.UNICODE, true, "أحمد إلى آخر مكتبة على كِتَـــاب"))
                .containsExactly("احمد", "الي", "اخر", "مكتبه", "علي", "كتاب");
    }

    @Test
    void arabicNormalizationIsLucenesAloneSoDigitsAndAlefWaslaStay() {
        // ArabicOrthography.luceneFold, not the fuller fold: Arabic ROUGE figures must not move
        assertThat(tokens(Tokenization.UNICODE, true, "ٱلقرآن عام ٢٠١٦"))
                .containsExactly("ٱلقران", "عام", "٢٠١٦");
    }

    @Test
    void aRunOfOnlyDiacriticsDisappearsAfterNormalization() {
        assertThat(tokens(Tokenization.UNICODE, true, "ب ـَ")).containsExactly("ب");
    }
}
