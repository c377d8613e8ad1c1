package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sentences a method may choose from: those {@link Candidates} accepts that fit the budget on their
 * own, capped for methods whose work grows with the square of their number. The cap keeps the earliest
 * sentences of each article first, where news puts its facts, so a 1,000-article cluster costs what a
 * big one does, not a thousand times more.
 */
public final class CandidatePool {
    /** Most sentences a quadratic method looks at. */
    public static final int DEFAULT_CAP = 1500;

    private CandidatePool() {}

    /** Indices into {@code sentences}, in cluster order. */
    public static int[] of(List<Sentence> sentences, Budget budget, int cap) {
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (Candidates.accept(s, sentences) && budget.cost(s.text()) <= budget.limit()) ok.add(i);
        }
        if (ok.size() > cap) {
            ok.sort(Comparator.<Integer>comparingInt(i -> sentences.get(i).position())
                    .thenComparingInt(i -> sentences.get(i).document()));
            ok = new ArrayList<>(ok.subList(0, cap));
            ok.sort(Comparator.naturalOrder());
        }
        return ok.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A method that chooses one sentence a step by a score that changes only when one is chosen (MMR, KLSum). */
    interface Steps {
        /** The score of candidate {@code i} against what is chosen so far; higher is better. */
        double score(int i);

        /** Sentence {@code i} is chosen: the scores of the next step take it into account. */
        void chose(int i);
    }

    /**
     * The sentences {@code steps} chooses from {@code pool}: each step ranks the candidates not yet looked at (best
     * first; ties keep the pool's order) and takes the first that fits what is left of the budget and repeats nothing
     * chosen, until none does. Scores change only when one is chosen, so they are ranked once a step.
     */
    static List<Selected> stepwise(List<Sentence> sentences, int[] pool, TermVectors v, Budget budget, Steps steps) {
        boolean[] used = new boolean[sentences.size()];
        int[] cost = new int[sentences.size()];
        for (int i : pool) cost[i] = budget.cost(sentences.get(i).text()); // once, not once a step
        List<Selected> out = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        Redundancy redundancy = new Redundancy(v);
        int spent = 0;
        while (true) {
            List<Integer> ranked = new ArrayList<>(pool.length);
            double[] score = new double[sentences.size()];
            for (int i : pool) {
                if (used[i]) continue;
                score[i] = steps.score(i);
                ranked.add(i);
            }
            ranked.sort((a, b) -> Double.compare(score[b], score[a])); // stable: ties keep the pool's order
            int best = firstThatFits(ranked, cost, spent, out.size(), budget, used, redundancy, chosen);
            if (best < 0) break;
            spent += budget.addCost(cost[best], out.size());
            out.add(new Selected(sentences.get(best), score[best]));
            chosen.add(best);
            steps.chose(best);
        }
        return out;
    }

    /**
     * The first of {@code ranked} (best first) that fits what is left of the budget and repeats nothing chosen, or -1.
     * Each one looked at is marked used, so a cluster of many repeats costs a sort a step, not a scan a repeat.
     */
    private static int firstThatFits(List<Integer> ranked, int[] cost, int spent, int chosenCount, Budget budget, boolean[] used,
                             Redundancy redundancy, List<Integer> chosen) {
        for (int i : ranked) {
            if (spent + budget.addCost(cost[i], chosenCount) > budget.limit()) continue;
            used[i] = true;
            if (!redundancy.repeats(i, chosen)) return i;
        }
        return -1;
    }
}
