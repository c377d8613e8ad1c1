package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.List;

/**
 * Continuous LexRank (Erkan &amp; Radev 2004): the stationary distribution of a random walk over the graph
 * of sentences weighted by IDF-modified cosine similarity, found by power iteration; redundancy is kept
 * out by the greedy selector.
 */
public final class LexRankSummarizer implements Summarizer {
    /** Probability of following an edge rather than jumping (the paper's 1 - d with d = 0.15). */
    static final double DAMPING = 0.85;
    static final double TOLERANCE = 1e-6;
    static final int MAX_ITERATIONS = 200;

    private final GreedySelector selector = new GreedySelector(GreedySelector.DEFAULT_REDUNDANCY);

    @Override public String name() { return "lexrank"; }

    @Override public String description() {
        return "Continuous LexRank: sentence centrality in the similarity graph (power iteration)";
    }

    @Override
    public List<Selected> select(AnalyzedCluster cluster, Budget budget) {
        List<Sentence> sentences = cluster.sentences();
        TermVectors v = new TermVectors(cluster);
        double[] scores = rank(v, sentences.size());
        return selector.select(sentences, scores, v, budget);
    }

    static double[] rank(TermVectors v, int n) {
        if (n == 0) return new double[0];
        double[][] w = new double[n][n];
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = i == j ? 1.0 : v.cosine(i, j);
                w[i][j] = s;
                w[j][i] = s;
            }
        }
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) rowSum[i] += w[i][j];
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            java.util.Arrays.fill(next, (1 - DAMPING) / n);
            for (int i = 0; i < n; i++) {
                if (rowSum[i] == 0) continue;
                double share = DAMPING * p[i] / rowSum[i];
                double[] row = w[i];
                for (int j = 0; j < n; j++) next[j] += share * row[j];
            }
            double delta = 0;
            for (int i = 0; i < n; i++) delta += Math.abs(next[i] - p[i]);
            double[] t = p; p = next; next = t;
            if (delta < TOLERANCE) break;
        }
        return p;
    }
}
