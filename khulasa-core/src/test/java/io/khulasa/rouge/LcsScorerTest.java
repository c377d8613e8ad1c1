package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LcsScorerTest {

    private static int[] counts(int size, int... tokens) {
        int[] c = new int[size];
        for (int t : tokens) {
            c[t]++;
        }
        return c;
    }

    @Test
    void unionLcsOverPeerSentences() {
        // Lin (2004): r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
        // LCS(r,c1) = w1 w2, LCS(r,c2) = w1 w3 w5; union = w1 w2 w3 w5.
        int[][] ref = {{1, 2, 3, 4, 5}};
        int[][] peer = {{1, 2, 6, 7, 8}, {1, 3, 8, 9, 5}};
        long hits = new LcsScorer().hits(ref, peer, counts(10, 1, 2, 3, 4, 5),
                counts(10, 1, 2, 6, 7, 8, 1, 3, 8, 9, 5));
        assertThat(hits).isEqualTo(4);
    }

    @Test
    void tracebackPrefersDroppingTheReferenceTokenOnTies() {
        // ref "a b" vs peer "b a": either token is an LCS; the Perl marks "a". With "a" exhausted in
        // the peer's unigram counts, no hit remains, which would not be so had "b" been marked.
        int[][] ref = {{0, 1}};
        int[][] peer = {{1, 0}};
        assertThat(new LcsScorer().hits(ref, peer, counts(2, 0, 1), new int[] {0, 1})).isZero();
        assertThat(new LcsScorer().hits(ref, peer, counts(2, 0, 1), new int[] {1, 0})).isEqualTo(1);
    }

    @Test
    void hitsAreClippedByUnigramCountsAcrossReferenceSentences() {
        int[][] ref = {{0}, {0}};
        int[][] peer = {{0}};
        assertThat(new LcsScorer().hits(ref, peer, counts(1, 0, 0), counts(1, 0))).isEqualTo(1);
    }

    @Test
    void unknownPeerTokensNeverMatch() {
        int[][] ref = {{0, 1}};
        int[][] peer = {{NgramCounts.UNKNOWN, NgramCounts.UNKNOWN}};
        assertThat(new LcsScorer().hits(ref, peer, counts(2, 0, 1), counts(2))).isZero();
    }
}
