package io.khulasa.rouge;

/**
 * ROUGE-1.5.5's summary-level ROUGE-L hit count for one reference.
 *
 * <p>For each reference unit (line), an LCS is traced against every peer unit and the reference
 * positions on any of those LCS paths are marked (the union LCS). A marked token is a hit only
 * while both its reference unigram count and its peer unigram count, taken over the whole
 * (truncated) texts, are still positive; each hit uses one of each. That clipping keeps ROUGE-L
 * at or below ROUGE-1. The traceback prefers "up" (drop the reference token) on ties, as the Perl
 * does, which decides which tokens are marked.
 */
final class LcsScorer {

    private int[] table = new int[256];

    /**
     * @param refUnits token ids per reference unit
     * @param peerUnits token ids per peer unit (unknown tokens are {@link NgramCounts#UNKNOWN})
     * @param refUnigrams the reference's unigram counts by token id; consumed
     * @param peerUnigrams the peer's unigram counts by token id; consumed
     */
    long hits(int[][] refUnits, int[][] peerUnits, int[] refUnigrams, int[] peerUnigrams) {
        long hits = 0;
        for (int[] ref : refUnits) {
            if (ref.length == 0) {
                continue;
            }
            boolean[] marked = new boolean[ref.length];
            for (int[] peer : peerUnits) {
                markLcs(ref, peer, marked);
            }
            for (int i = 0; i < ref.length; i++) {
                int t = ref[i];
                if (marked[i] && refUnigrams[t] > 0 && peerUnigrams[t] > 0) {
                    hits++;
                    refUnigrams[t]--;
                    peerUnigrams[t]--;
                }
            }
        }
        return hits;
    }

    private void markLcs(int[] ref, int[] peer, boolean[] marked) {
        int m = ref.length;
        int n = peer.length;
        if (n == 0) {
            return;
        }
        int width = n + 1;
        int size = (m + 1) * width;
        if (table.length < size) {
            table = new int[Math.max(size, table.length * 2)];
        }
        int[] c = table;
        for (int j = 0; j <= n; j++) {
            c[j] = 0;
        }
        for (int i = 1; i <= m; i++) {
            int row = i * width;
            int up = row - width;
            c[row] = 0;
            int r = ref[i - 1];
            for (int j = 1; j <= n; j++) {
                if (r == peer[j - 1]) {
                    c[row + j] = c[up + j - 1] + 1;
                } else {
                    int a = c[up + j];
                    int b = c[row + j - 1];
                    c[row + j] = a >= b ? a : b;
                }
            }
        }
        // Trace back with the Perl's move order: diagonal on a match, else up when c[i-1][j] >=
        // c[i][j-1], else left.
        int i = m;
        int j = n;
        while (i != 0 && j != 0) {
            if (ref[i - 1] == peer[j - 1]) {
                i--;
                j--;
                marked[i] = true;
            } else if (c[(i - 1) * width + j] >= c[i * width + j - 1]) {
                i--;
            } else {
                j--;
            }
        }
    }
}
