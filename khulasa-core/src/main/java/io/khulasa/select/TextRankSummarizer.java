package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank (Mihalcea &amp; Tarau 2004): PageRank over sentences linked by shared words, normalised by
 * sentence length ({@code |Si ∩ Sj| / (log|Si| + log|Sj|)}); redundancy kept out by the greedy selector.
 */
public final class TextRankSummarizer implements Summarizer {
    static final double DAMPING = 0.85;

    private final GreedySelector selector = new GreedySelector();

    @Override public String name() { return "textrank"; }

    @Override public String description() { return "TextRank: PageRank over sentences linked by shared words"; }

    @Override
    public List<Selected> select(AnalyzedCluster cluster, Budget budget) {
        List<Sentence> sentences = cluster.sentences();
        TermVectors v = TermVectors.of(cluster);
        int[] pool = CandidatePool.of(sentences, budget, CandidatePool.DEFAULT_CAP);
        int n = pool.length;
        double[][] w = new double[n][n];
        for (int a = 0; a < n; a++) {
            int[] ta = v.termIds(pool[a]);
            for (int b = a + 1; b < n; b++) {
                int[] tb = v.termIds(pool[b]);
                int shared = TermVectors.sharedTerms(ta, tb);
                if (shared == 0 || ta.length < 2 || tb.length < 2) continue;
                double sim = shared / (Math.log(ta.length) + Math.log(tb.length));
                w[a][b] = sim;
                w[b][a] = sim;
            }
        }
        double[] rank = PageRank.run(w, DAMPING);
        return selector.select(sentences, pool, rank, v, budget);
    }
}
