package io.khulasa.analyze;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermAnalyzerTest {
    private final TermAnalyzer arabic = TermAnalyzer.forLanguage("ar");
    private final TermAnalyzer english = TermAnalyzer.forLanguage("en");

    @Test
    void stemsArabicLightly() {
        // Prefixes (و، ال، بال، لل) and suffixes (ة، ون، ات، ين) go; roots are not extracted.
        assertThat(arabic.terms("والمدرسة المعلمون الكتابات بالمستشفى للطلاب"))
                .containsExactly("مدرس", "معلم", "كتاب", "مستشف", "طلاب");
    }

    @Test
    void spellingVariantsMeetInOneTerm() {
        assertThat(arabic.terms("المدرسة")).containsExactly(arabic.terms("المدرسه"));
        assertThat(arabic.terms("أمريكا")).containsExactly(arabic.terms("امريكا"));
    }

    @Test
    void removesArabicStopwordsInAnySpelling() {
        assertThat(arabic.terms("في من على إلى الى أن إن التي هذا")).isEmpty();
        // Lucene's own chain filters before normalizing and would keep this tanween-spelled "also".
        assertThat(arabic.terms("أيضاً")).isEmpty();
        assertThat(arabic.isStopword("على")).isTrue();
        assertThat(arabic.isStopword("إلى")).isTrue();
        assertThat(arabic.isStopword("عَلَى")).isTrue();
        assertThat(arabic.isStopword("ٱلَّذِي")).isTrue(); // alef wasla and harakat, as in vocalized text
        assertThat(arabic.isStopword("واشنطن")).isFalse();
    }

    @Test
    void foldsArabicDigits() {
        assertThat(arabic.terms("عام ٢٠١٦")).containsExactly("عام", "2016");
    }

    @Test
    void analyzesEnglishWithPossessivesStopwordsAndPorter() {
        assertThat(english.terms("The president's dogs were running to the embassy; he said it was fine."))
                .containsExactly("presid", "dog", "run", "embassi", "said", "fine");
        assertThat(english.isStopword("The")).isTrue();
        assertThat(english.isStopword("embassy")).isFalse();
    }

    @Test
    void analyzesOtherLuceneLanguages() {
        assertThat(TermAnalyzer.forLanguage("fr").terms("Les enfants mangent des pommes dans le jardin."))
                .contains("enfant", "jardin").doesNotContain("les", "des", "le", "dans");
        assertThat(TermAnalyzer.forLanguage("de").terms("Die Kinder spielten im Garten mit ihren Freunden."))
                .containsExactly("kind", "spielt", "gart", "freund");
        assertThat(TermAnalyzer.forLanguage("es").terms("Los niños jugaban en el jardín con sus amigos."))
                .contains("jardin", "amig").doesNotContain("los", "en", "el", "con", "sus");
        assertThat(TermAnalyzer.forLanguage("ru").terms("Дети играли в саду со своими друзьями."))
                .contains("дет", "сад").doesNotContain("в", "со");
    }

    @Test
    void unknownLanguageOnlyTokenizesAndLowercases() {
        TermAnalyzer unknown = TermAnalyzer.forLanguage("xx");
        assertThat(unknown.terms("Hello WORLD, the runners!")).containsExactly("hello", "world", "the", "runners");
        assertThat(TermAnalyzer.forLanguage(null).language()).isEqualTo("und");
    }

    @Test
    void codesAreCanonicalAndAnalyzersShared() {
        assertThat(TermAnalyzer.forLanguage("en-US")).isSameAs(english);
        assertThat(TermAnalyzer.forLanguage("AR")).isSameAs(arabic);
        assertThat(TermAnalyzer.forLanguage("nb").language()).isEqualTo("no");
    }

    @Test
    void cjkIsIndexedAsBigrams() {
        assertThat(TermAnalyzer.forLanguage("zh").terms("美国暂停")).containsExactly("美国", "国暂", "暂停");
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        String text = "أعلنت الولايات المتحدة تعليق المباحثات مع روسيا بشأن سوريا";
        String[] expected = arabic.terms(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) results.add(pool.submit(() -> arabic.terms(text)));
            for (Future<String[]> f : results) assertThat(f.get()).containsExactly(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
