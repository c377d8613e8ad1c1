package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.List;

/**
 * Maximal Marginal Relevance (Carbonell &amp; Goldstein 1998): repeatedly take the sentence most similar to
 * the cluster as a whole and least similar to what is already chosen, per unit of budget spent.
 */
public final class MmrSummarizer implements Summarizer {
    /** Relevance against novelty: the paper's λ. */
    static final double LAMBDA = 0.7;

    @Override public String name() { return "mmr"; }

    @Override public String description() { return "Maximal Marginal Relevance: relevance to the cluster minus similarity to what is chosen"; }

    @Override
    public List<Selected> select(AnalyzedCluster cluster, Budget budget) {
        List<Sentence> sentences = cluster.sentences();
        TermVectors v = TermVectors.of(cluster);
        int[] pool = CandidatePool.of(sentences, budget, Integer.MAX_VALUE);
        double[] centroid = v.totalWeights();
        double norm = 0;
        for (double c : centroid) norm += c * c;
        norm = Math.sqrt(norm);
        double[] relevance = new double[sentences.size()];
        for (int i : pool) relevance[i] = v.cosine(i, centroid, norm);
        double[] maxSim = new double[sentences.size()];
        return CandidatePool.stepwise(sentences, pool, v, budget, new CandidatePool.Steps() {
            @Override public double score(int i) {
                return LAMBDA * relevance[i] - (1 - LAMBDA) * maxSim[i];
            }

            @Override public void chose(int best) {
                for (int i : pool) maxSim[i] = Math.max(maxSim[i], v.cosine(i, best));
            }
        });
    }
}
