package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fills a budget with the best-scored candidates, skipping any sentence too long for what is left and any
 * that repeats one already chosen. Shared by the score-then-pick methods (Centroid, LexRank, TextRank…).
 */
public final class GreedySelector {

    /** Like {@link #select(List, double[], TermVectors, Budget)} with scores for the sentences of a pool only. */
    public List<Selected> select(List<Sentence> sentences, int[] pool, double[] poolScores, TermVectors vectors,
                                 Budget budget) {
        double[] scores = new double[sentences.size()];
        java.util.Arrays.fill(scores, Double.NEGATIVE_INFINITY); // outside the pool: never before a pool member
        for (int a = 0; a < pool.length; a++) scores[pool[a]] = poolScores[a];
        return select(sentences, scores, vectors, budget);
    }

    /**
     * @param sentences all sentences of the cluster (indices match {@code scores} and {@code vectors})
     * @param scores    a score per sentence; higher is better
     */
    public List<Selected> select(List<Sentence> sentences, double[] scores, TermVectors vectors, Budget budget) {
        Integer[] order = IntStream.range(0, sentences.size()).boxed().toArray(Integer[]::new);
        // Stable tie-breaking: score, then document, then position.
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i])
                .thenComparingInt(i -> sentences.get(i).document())
                .thenComparingInt(i -> sentences.get(i).position()));
        List<Selected> chosen = new ArrayList<>();
        List<Integer> chosenIdx = new ArrayList<>();
        Redundancy redundancy = new Redundancy(vectors);
        int used = 0;
        for (int i : order) {
            Sentence s = sentences.get(i);
            int cost = budget.addCost(budget.cost(s.text()), chosen.size());
            // the budget first: it is cheap, and late in the fill most sentences do not fit what is left
            if (used + cost > budget.limit() || !Candidates.accept(s, sentences)) continue;
            if (redundancy.repeats(i, chosenIdx)) continue;
            chosen.add(new Selected(s, scores[i]));
            chosenIdx.add(i);
            used += cost;
            if (used >= budget.limit()) break;
        }
        return chosen;
    }
}
