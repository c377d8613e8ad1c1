package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.ArrayList;
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
        boolean[] used = new boolean[sentences.size()];
        int[] cost = new int[sentences.size()];
        for (int i : pool) cost[i] = budget.cost(sentences.get(i).text()); // once, not once a step
        List<Selected> out = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        Redundancy redundancy = new Redundancy(v);
        int spent = 0;
        while (true) {
            // scores change only when a sentence is chosen: rank once a step (CandidatePool.firstThatFits)
            List<Integer> ranked = new ArrayList<>(pool.length);
            double[] mmr = new double[sentences.size()];
            for (int i : pool) {
                if (used[i]) continue;
                mmr[i] = LAMBDA * relevance[i] - (1 - LAMBDA) * maxSim[i];
                ranked.add(i);
            }
            ranked.sort((a, b) -> Double.compare(mmr[b], mmr[a])); // stable: ties keep the pool's order
            int best = CandidatePool.firstThatFits(ranked, cost, spent, out.size(), budget, used, redundancy, chosen);
            if (best < 0) break;
            Sentence s = sentences.get(best);
            spent += budget.addCost(cost[best], out.size());
            out.add(new Selected(s, mmr[best]));
            chosen.add(best);
            for (int i : pool) if (!used[i]) maxSim[i] = Math.max(maxSim[i], v.cosine(i, best));
        }
        return out;
    }
}
