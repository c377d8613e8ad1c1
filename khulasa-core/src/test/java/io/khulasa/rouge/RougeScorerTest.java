package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeScorerTest {

    private static final Measure R1 = Measure.ngram(1);
    private static final List<String> PEER = List.of("a b c d");
    private static final List<List<String>> REFS = List.of(List.of("a b"), List.of("a b c d e f g h"));

    @Test
    void averageModePoolsCountsOverReferences() {
        Score s = RougeScorer.builder().build().score(PEER, REFS).get(R1);
        // recall (2+4)/(2+8), not the mean of 1.0 and 0.5; precision 6/(2 refs x 4 peer tokens)
        assertThat(s.recall()).isEqualTo(0.6);
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.f()).isEqualTo(0.66667);
        assertThat(s.hits()).isEqualTo(6);
        assertThat(s.referenceCount()).isEqualTo(10);
        assertThat(s.peerCount()).isEqualTo(8);
    }

    @Test
    void bestModeKeepsTheReferenceWithTheHighestRecall() {
        Score s = RougeScorer.builder().multiRef(MultiRef.BEST).build().score(PEER, REFS).get(R1);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isEqualTo(0.5);
    }

    @Test
    void bestModeKeepsTheFirstOfTiedReferences() {
        // Both references have recall 0.5; the first has 2 tokens, the second 4.
        List<List<String>> refs = List.of(List.of("a x"), List.of("a b y z"));
        Score s = RougeScorer.builder().multiRef(MultiRef.BEST).build()
                .score(List.of("a b"), refs).get(R1);
        assertThat(s.referenceCount()).isEqualTo(2);
        assertThat(s.hits()).isEqualTo(1);
    }

    @Test
    void alphaWeighsPrecision() {
        Score s = RougeScorer.builder().alpha(1.0).build().score(PEER, REFS).get(R1);
        assertThat(s.f()).isEqualTo(s.precision());
    }

    @Test
    void stemmingMatchesInflections() {
        List<List<String>> refs = List.of(List.of("The children are running home"));
        List<String> peer = List.of("A child runs home");
        RougeScorer plain = RougeScorer.builder().build();
        RougeScorer stemmed = RougeScorer.builder().stem(true).build();
        // plain: only "home"; stemmed: children -> child (WordNet), running/runs -> run (Porter)
        assertThat(plain.score(peer, refs).get(R1).hits()).isEqualTo(1);
        assertThat(stemmed.score(peer, refs).get(R1).hits()).isEqualTo(3);
    }

    @Test
    void stopwordsAreRemovedAfterTheWordLimit() {
        List<List<String>> refs = List.of(List.of("the cat sat on the mat"));
        // The limit counts "the" and "of" although -s removes them afterwards: 3 words -> "the cat of".
        RougeScorer scorer = RougeScorer.builder().removeStopwords(true).wordLimit(3).build();
        Score s = scorer.score(List.of("the cat of mat"), refs).get(R1);
        assertThat(s.peerCount()).isEqualTo(1); // "cat"
        // the reference is cut too, to "the cat sat", and "the" and "sat" (Saturday) are stopwords
        assertThat(s.referenceCount()).isEqualTo(1);
    }

    @Test
    void rougeLUsesSentenceUnionLcsAndPeerUnigramCount() {
        List<List<String>> refs = List.of(List.of("w1 w2 w3 w4 w5"));
        List<String> peer = List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5");
        Score l = RougeScorer.builder().build().score(peer, refs).get(Measure.lcs());
        assertThat(l.hits()).isEqualTo(4);
        assertThat(l.recall()).isEqualTo(0.8);
        assertThat(l.precision()).isEqualTo(0.4);
    }

    @Test
    void skipBigramScoreNamesAndCounts() {
        RougeScorer scorer = RougeScorer.builder().maxN(2).build();
        assertThat(scorer.measures()).extracting(Measure::label)
                .containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");
        Score su = scorer.score(List.of("a b c"), List.of(List.of("a b c"))).get(Measure.skipBigram(4, true));
        assertThat(su.referenceCount()).isEqualTo(5);
        assertThat(su.recall()).isEqualTo(1.0);
    }

    @Test
    void emptyPeerScoresZero() {
        Score s = RougeScorer.builder().build().score(List.of(), REFS).get(R1);
        assertThat(s.recall()).isZero();
        assertThat(s.precision()).isZero();
        assertThat(s.f()).isZero();
    }

    @Test
    void unicodeModeWithArabicNormalizationAndLightStemming() {
        List<List<String>> refs = List.of(List.of("ذهب الطلاب إلى المكتبة"));
        List<String> peer = List.of("والطلاب ذهبوا الى مكتبة");
        RougeScorer raw = RougeScorer.builder().tokenization(Tokenization.UNICODE).build();
        RougeScorer normalized = RougeScorer.builder().tokenization(Tokenization.UNICODE)
                .normalizeArabic(true).build();
        RougeScorer stemmed = RougeScorer.builder().tokenization(Tokenization.UNICODE)
                .normalizeArabic(true).lightStem(true).build();
        assertThat(raw.score(peer, refs).get(R1).hits()).isZero();
        assertThat(normalized.score(peer, refs).get(R1).hits()).isEqualTo(1); // الي
        // light stemming: والطلاب/الطلاب -> طلاب, مكتبه/المكتبه -> مكتب
        assertThat(stemmed.score(peer, refs).get(R1).hits()).isEqualTo(3);
    }

    @Test
    void modeLineStatesEverySetting() {
        assertThat(RougeScorer.builder().stem(true).wordLimit(100).build().mode())
                .isEqualTo("ascii-rouge155 normalize=none stem=porter+wordnet stopwords=no limit=words:100"
                        + " multi-ref=average alpha=0.5");
        assertThat(RougeScorer.builder().tokenization(Tokenization.UNICODE).normalizeArabic(true)
                        .lightStem(true).removeStopwords(true).byteLimit(665).multiRef(MultiRef.BEST).build().mode())
                .isEqualTo("unicode normalize=arabic stem=arabic-light stopwords=removed limit=bytes:665"
                        + " multi-ref=best alpha=0.5");
    }

    @Test
    void rejectsInconsistentSettings() {
        assertThatThrownBy(() -> RougeScorer.builder().normalizeArabic(true).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RougeScorer.builder().alpha(1.5))
                .isInstanceOf(IllegalArgumentException.class);
        RougeScorer a = RougeScorer.builder().build();
        PreparedReferences refs = RougeScorer.builder().build().prepare(REFS);
        assertThatThrownBy(() -> a.score(PEER, refs)).isInstanceOf(IllegalArgumentException.class);
    }
}
