package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.Arrays;
import java.util.List;

/**
 * Continuous LexRank (Erkan &amp; Radev 2004): the stationary distribution of a random walk over the graph
 * of sentences weighted by IDF-modified cosine similarity, found by power iteration; redundancy is kept
 * out by the greedy selector.
 */
public final class LexRankSummarizer implements Summarizer {
    /** Probability of following an edge rather than jumping (the paper's d = 0.15 jump). */
    static final double DAMPING = 0.85;

    private final GreedySelector selector = new GreedySelector();

    @Override public String name() { return "lexrank"; }

    @Override public String description() {
        return "Continuous LexRank: sentence centrality in the similarity graph (power iteration)";
    }

    @Override
    public List<Selected> select(AnalyzedCluster cluster, Budget budget) {
        List<Sentence> sentences = cluster.sentences();
        TermVectors v = new TermVectors(cluster);
        int[] pool = CandidatePool.of(sentences, budget, CandidatePool.DEFAULT_CAP);
        int n = pool.length;
        double[][] w = new double[n][n];
        for (int a = 0; a < n; a++) {
            w[a][a] = 1.0;
            for (int b = a + 1; b < n; b++) {
                double s = v.cosine(pool[a], pool[b]);
                w[a][b] = s;
                w[b][a] = s;
            }
        }
        double[] rank = PageRank.run(w, DAMPING);
        double[] scores = new double[sentences.size()];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        for (int a = 0; a < n; a++) scores[pool[a]] = rank[a];
        return selector.select(sentences, scores, v, budget);
    }
}
