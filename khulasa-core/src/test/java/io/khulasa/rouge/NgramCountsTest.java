package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NgramCountsTest {

    private static final LongIntMap[] NO_PREFIXES = {null, null, new LongIntMap(4), new LongIntMap(4)};

    @Test
    void hitsAreClippedByTheSmallerCount() {
        NgramCounts ref = NgramCounts.ngrams(new int[] {0, 0, 1}, 1, NO_PREFIXES, true);
        NgramCounts peer = NgramCounts.ngrams(new int[] {0, 0, 0}, 1, NO_PREFIXES, false);
        assertThat(ref.hits(peer)).isEqualTo(2);
        assertThat(peer.total()).isEqualTo(3);
    }

    @Test
    void longNgramsMatchOnlyWholeSequences() {
        LongIntMap[] prefixes = {null, null, new LongIntMap(4), new LongIntMap(4)};
        NgramCounts ref = NgramCounts.ngrams(new int[] {0, 1, 2, 3, 0, 1, 2}, 4, prefixes, true);
        NgramCounts same = NgramCounts.ngrams(new int[] {5, 0, 1, 2, 3}, 4, prefixes, false);
        NgramCounts other = NgramCounts.ngrams(new int[] {0, 1, 2, 0}, 4, prefixes, false);
        assertThat(ref.total()).isEqualTo(4);
        assertThat(ref.hits(same)).isEqualTo(1);
        assertThat(ref.hits(other)).isZero();
    }

    @Test
    void unknownPeerTokensCountButNeverMatch() {
        NgramCounts ref = NgramCounts.ngrams(new int[] {0, 1}, 2, NO_PREFIXES, true);
        NgramCounts peer = NgramCounts.ngrams(
                new int[] {NgramCounts.UNKNOWN, 0, 1, NgramCounts.UNKNOWN}, 2, NO_PREFIXES, false);
        assertThat(peer.total()).isEqualTo(3);
        assertThat(ref.hits(peer)).isEqualTo(1);
    }

    @Test
    void skipBigramsWithUnigramsLeaveOutTheLastTokensUnigram() {
        // a b c: unigrams a, b (not c: ROUGE-1.5.5's loop stops before the last token) and pairs
        // ab, ac, bc.
        NgramCounts su = NgramCounts.skipBigrams(new int[] {0, 1, 2}, 4, true);
        assertThat(su.total()).isEqualTo(5);
        assertThat(su.hits(NgramCounts.skipBigrams(new int[] {2, 9}, 4, true))).isZero();
        assertThat(su.hits(NgramCounts.skipBigrams(new int[] {0, 2}, 4, true))).isEqualTo(2);
        assertThat(NgramCounts.skipBigrams(new int[] {7}, 4, true).total()).isZero();
    }

    @Test
    void skipBigramGapBoundsTheDistance() {
        int[] tokens = {0, 1, 2, 3, 4, 5, 6};
        // gap 1: pairs (i, i+1) and (i, i+2)
        assertThat(NgramCounts.skipBigrams(tokens, 1, false).total()).isEqualTo(6 + 5);
        assertThat(NgramCounts.skipBigrams(tokens, -1, false).total()).isEqualTo(21);
        NgramCounts gap4 = NgramCounts.skipBigrams(tokens, 4, false);
        assertThat(gap4.hits(NgramCounts.skipBigrams(new int[] {0, 5}, 4, false))).isEqualTo(1);
        assertThat(gap4.hits(NgramCounts.skipBigrams(new int[] {0, 6}, 4, false))).isZero();
    }
}
