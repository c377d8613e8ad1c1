package io.khulasa.select;

import org.junit.jupiter.api.Test;

import static io.khulasa.select.OneSentenceDocuments.vectors;
import static org.assertj.core.api.Assertions.assertThat;

class RedundancyTest {

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
