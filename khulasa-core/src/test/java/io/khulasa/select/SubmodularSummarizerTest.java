package io.khulasa.select;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmodularSummarizerTest {

    /** Cosines of six sentences in two topics, the topics interleaved in reading order. */
    private static double[][] twoTopics() {
        int[] topic = {0, 1, 0, 1, 0, 1};
        double[][] w = new double[6][6];
        for (int a = 0; a < 6; a++) {
            for (int b = 0; b < 6; b++) w[a][b] = a == b ? 1 : topic[a] == topic[b] ? 0.6 + 0.05 * (a + b) % 3 : 0.05;
        }
        return w;
    }

    @Test
    void kMeansFindsTheTwoTopicsWhateverTheSeeds() {
        // Evenly spread seeds are sentences 0 and 3: one of each topic here. Seeds 0 and 2 (k = 3 on the
        // first three) would be of one topic; the rounds must still pull the topics apart.
        int[] part = SubmodularSummarizer.partitions(twoTopics(), 6, 2);
        assertThat(part[0]).isEqualTo(part[2]).isEqualTo(part[4]);
        assertThat(part[1]).isEqualTo(part[3]).isEqualTo(part[5]);
        assertThat(part[0]).isNotEqualTo(part[1]);
    }

    @Test
    void kMeansRecoversFromSeedsOfOneTopic() {
        double[][] w = twoTopics();
        // Reorder so the evenly spread seeds (sentences 0 and 3) are both of topic 0.
        int[] order = {0, 2, 1, 4, 3, 5};
        double[][] r = new double[6][6];
        for (int a = 0; a < 6; a++) for (int b = 0; b < 6; b++) r[a][b] = w[order[a]][order[b]];
        int[] part = SubmodularSummarizer.partitions(r, 6, 2);
        assertThat(part[0]).isEqualTo(part[1]).isEqualTo(part[3]);
        assertThat(part[2]).isEqualTo(part[4]).isEqualTo(part[5]);
        assertThat(part[0]).isNotEqualTo(part[2]);
    }

    @Test
    void samePartsEveryTime() {
        assertThat(SubmodularSummarizer.partitions(twoTopics(), 6, 3))
                .containsExactly(SubmodularSummarizer.partitions(twoTopics(), 6, 3));
    }
}
