package io.khulasa.select;

import org.junit.jupiter.api.Test;

import static io.khulasa.select.OneSentenceDocuments.vectors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OutletSupportTest {

    @Test
    void wordsEveryOutletUsesOutweighWordsOfOneOutlet() {
        TermVectors v = vectors(
                new String[] {"dam", "burst", "valley", "flood"},
                new String[] {"dam", "burst", "village", "evacuated"},
                new String[] {"dam", "burst", "minister", "inquiry"},
                new String[] {"dam", "mayor", "poet", "recited"});
        // Sentence 0: dam in 4/4, burst in 3/4, valley and flood in 1/4 each.
        assertThat(OutletSupport.ofTerms(v, 0)).isCloseTo((1 + Math.sqrt(0.75) + 0.5 + 0.5) / 4, within(1e-12));
        assertThat(OutletSupport.ofTerms(v, 3)).isLessThan(OutletSupport.ofTerms(v, 0));
    }

    @Test
    void oneArticleGivesEverySentenceTheSameSupport() {
        TermVectors v = vectors(new String[] {"dam", "burst", "valley"});
        assertThat(OutletSupport.ofTerms(v, 0)).isEqualTo(1.0);
    }
}
