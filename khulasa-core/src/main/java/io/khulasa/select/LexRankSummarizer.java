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
        TermVectors v = TermVectors.of(cluster);
        int[] pool = CandidatePool.of(sentences, budget, CandidatePool.DEFAULT_CAP);
        double[] rank = PageRank.run(v.cosineMatrix(pool), DAMPING);
        return selector.select(sentences, pool, rank, v, budget);
    }
}
