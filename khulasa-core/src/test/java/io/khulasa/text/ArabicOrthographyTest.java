package io.khulasa.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.khulasa.text.ArabicOrthography.fold;
import static io.khulasa.text.ArabicOrthography.luceneFold;
import static org.assertj.core.api.Assertions.assertThat;

class ArabicOrthographyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "أحمد, احمد",          // hamza above
            "إسلام, اسلام",        // hamza below
            "آمال, امال",          // madda
            "مستشفى, مستشفي",      // alef maqsura
            "مدرسة, مدرسه",        // teh marbuta
            "كـــتاب, كتاب",        // tatweel
            "مُحَمَّدٌ, محمد",        // damma, fatha, shadda, dammatan
            "أيضاً, ايضا",          // fathatan
            "كِتَابٍ, كتاب",          // kasra, kasratan
            "قُلْ, قل",             // sukun
    })
    void bothFoldLucenesLettersAndHarakat(String in, String out) {
        assertThat(luceneFold(in)).isEqualTo(out);
        assertThat(fold(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ٱلْقُرْآن, القران",     // alef wasla becomes a bare alef
            "هٰذا, هذا",           // superscript (dagger) alef U+0670
            "ا\u0654, ا",          // hamza above as a combining mark U+0654
            "ا\u0655, ا",          // hamza below as a combining mark U+0655
            "ا\u0653, ا",          // maddah above as a combining mark U+0653
            "محمد\u0610, محمد",    // Quranic honorific U+0610
            "قال\u06DA, قال",      // Quranic annotation sign U+06DA
            "ٱللَّهِ, الله",          // alef wasla with fatha, shadda and kasra
    })
    void foldAlsoRemovesWhatLuceneLeaves(String in, String out) {
        assertThat(fold(in)).isEqualTo(out);
        assertThat(luceneFold(in)).isNotEqualTo(out);
    }

    @Test
    void foldRemovesEveryMarkOfTheArabicBlockLuceneKeeps() {
        for (char c = '\u0610'; c <= '\u061A'; c++) assertThat(fold("ب" + c + "ت")).isEqualTo("بت");
        for (char c = '\u0653'; c <= '\u065F'; c++) assertThat(fold("ب" + c + "ت")).isEqualTo("بت");
        for (char c = '\u06D6'; c <= '\u06ED'; c++) assertThat(fold("ب" + c + "ت")).isEqualTo("بت");
    }

    @Test
    void luceneFoldIsLucenesNormalizerAlone() {
        // what ROUGE's Unicode mode has always applied: alef wasla, superscript alef and Quranic marks stay
        assertThat(luceneFold("ٱلْقُرْآن")).isEqualTo("ٱلقران");
        assertThat(luceneFold("هٰذا")).isEqualTo("هٰذا");
        assertThat(luceneFold("ا\u0654")).isEqualTo("ا\u0654");
        assertThat(luceneFold("محمد\u0610")).isEqualTo("محمد\u0610");
    }

    @Test
    void digitsAreNotFolded() {
        for (String digits : new String[] {"٢٠١٦", "۲۰۱۶", "2016"}) {
            assertThat(fold(digits)).isEqualTo(digits);
            assertThat(luceneFold(digits)).isEqualTo(digits);
        }
    }

    @Test
    void keepsSpacingPunctuationAndLatinInMixedText() {
        assertThat(fold("قال أحمد: \"OK\" في ٣ أيام.")).isEqualTo("قال احمد: \"OK\" في ٣ ايام.");
        assertThat(luceneFold("قال أحمد: \"OK\" في ٣ أيام.")).isEqualTo("قال احمد: \"OK\" في ٣ ايام.");
    }

    @Test
    void textWithoutArabicComesBackAsItIs() {
        for (String s : new String[] {"", "The U.S. envoy's café, naïve 2016!", "Дети играли", "美国暂停", "\u0300x"}) {
            assertThat(fold(s)).isSameAs(s);
            assertThat(luceneFold(s)).isSameAs(s);
        }
    }

    @Test
    void foldIsLuceneFoldAndMoreAndIsIdempotent() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "ب" + c + "ت";
            assertThat(fold(luceneFold(s))).isEqualTo(fold(s));
            assertThat(fold(fold(s))).isEqualTo(fold(s));
            assertThat(luceneFold(luceneFold(s))).isEqualTo(luceneFold(s));
        }
    }

    @Test
    void eachCharacterIsKeptReplacedOrRemovedSoOffsetsOnlyHoldWithoutRemovals() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            assertThat(fold(s).length()).isLessThanOrEqualTo(1);
            assertThat(luceneFold(s).length()).isLessThanOrEqualTo(1);
            if (c < '\u0610' || c > '\u06ED') assertThat(fold(s)).isSameAs(s);
        }
        // replacements keep the length, so an offset still points at the same letter ...
        assertThat(fold("أحمد إلى مدرسة")).hasSameSizeAs("أحمد إلى مدرسة");
        // ... removals do not: the result is a comparison key, not a view of the text
        assertThat(fold("مُحَمَّدٌ قال")).isEqualTo("محمد قال").hasSize("مُحَمَّدٌ قال".length() - 5);
    }
}
