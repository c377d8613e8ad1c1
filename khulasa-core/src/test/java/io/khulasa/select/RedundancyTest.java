package io.khulasa.select;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.AnalyzedDocument;
import io.khulasa.analyze.Sentence;
import io.khulasa.clean.CleanedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RedundancyTest {

    /** One document per term list, one sentence each. */
    private static TermVectors vectors(String[]... sentences) {
        List<AnalyzedDocument> docs = new java.util.ArrayList<>();
        for (int d = 0; d < sentences.length; d++) {
            String text = String.join(" ", sentences[d]);
            CleanedDocument c = new CleanedDocument("d" + d, text, null, List.of(), List.of(), Map.of(), null, null);
            Sentence s = new Sentence(d, 0, 0, text.length(), text, sentences[d], false, sentences[d].length);
            docs.add(new AnalyzedDocument(d, c, "ar", List.of(s)));
        }
        return new TermVectors(new AnalyzedCluster(docs));
    }

    @Test
    void lightStemVariantsCountAsOneWord() {
        // "participation" left as مشارك in one outlet and مشاركت in another; "Syria" as سور and سوريا.
        TermVectors v = vectors(
                new String[] {"اعلنت", "تعليق", "مشارك", "مباحث", "ثنائ", "موسكو", "سور", "اشنطن"},
                new String[] {"اعلنت", "تعليق", "مشاركت", "محادث", "ثنائ", "روسيا", "سوريا", "متحد"},
                new String[] {"مجلس", "امن", "يناقش", "مشروع", "قرار", "فرنس", "حلب", "طيران"});
        Redundancy r = new Redundancy(v);
        assertThat(r.sameFact(0, 1)).isTrue();
        assertThat(r.sameFact(0, 2)).isFalse();
        assertThat(r.sameFact(1, 2)).isFalse();
    }

    @Test
    void shortTermsAreNotRootsOfLongerOnes() {
        TermVectors v = vectors(new String[] {"ab", "abcdef"}, new String[] {"abc", "abcd"});
        assertThat(v.rootIds(0)).hasSize(2); // "ab" is too short to stand for "abcdef"
        assertThat(v.rootIds(1)).hasSize(1); // "abcd" begins with "abc"
    }
}
