package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The death toll of a story rises while it is told, and each outlet reports the figure of its hour; a summary
 * that gives an earlier one is out of date. So, after a method has chosen, a chosen sentence whose death toll
 * is below the highest in the cluster gives its place to a sentence with a higher one (the highest first,
 * then the earliest), when that fits the budget and repeats nothing else chosen. The newcomer keeps the score
 * of the place it takes. {@link Redundancy} already keeps a summary to one death toll.
 */
final class LatestToll implements Summarizer {
    private final Summarizer method;

    LatestToll(Summarizer method) {
        this.method = method;
    }

    @Override public String name() { return method.name(); }

    @Override public String description() { return method.description(); }

    @Override
    public List<Selected> select(AnalyzedCluster cluster, Budget budget) {
        List<Selected> chosen = new ArrayList<>(method.select(cluster, budget));
        int[] tolls = new int[chosen.size()];
        boolean any = false;
        for (int k = 0; k < chosen.size(); k++) {
            tolls[k] = CasualtyCounts.read(chosen.get(k).sentence().text()).deaths();
            any |= tolls[k] > 0;
        }
        if (!any) return chosen; // the common case costs a look at the chosen sentences only

        List<Sentence> sentences = cluster.sentences();
        Map<Sentence, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < sentences.size(); i++) index.put(sentences.get(i), i);
        List<int[]> later = new ArrayList<>(); // {sentence, toll} of every candidate reporting deaths
        for (int i = 0; i < sentences.size(); i++) {
            int d = CasualtyCounts.read(sentences.get(i).text()).deaths();
            if (d > 0 && CasualtyCounts.reportsUpdate(sentences.get(i).text())
                    && Candidates.accept(sentences.get(i), sentences)) later.add(new int[] {i, d});
        }
        later.sort(Comparator.<int[]>comparingInt(x -> -x[1]).thenComparingInt(x -> x[0]));
        Redundancy redundancy = null;
        int used = 0;
        for (int k = 0; k < chosen.size(); k++) used += budget.addCost(budget.cost(chosen.get(k).sentence().text()), k);
        for (int k = 0; k < chosen.size(); k++) {
            if (tolls[k] == 0) continue;
            Selected old = chosen.get(k);
            for (int[] x : later) {
                if (x[1] <= tolls[k]) break;
                Sentence s = sentences.get(x[0]);
                int change = budget.cost(s.text()) - budget.cost(old.sentence().text());
                if (used + change > budget.limit() || contains(chosen, s)) continue;
                if (redundancy == null) redundancy = new Redundancy(new TermVectors(cluster));
                if (repeatsOthers(redundancy, x[0], chosen, k, index)) continue;
                chosen.set(k, new Selected(s, old.score()));
                tolls[k] = x[1];
                used += change;
                break;
            }
        }
        return chosen;
    }

    private static boolean contains(List<Selected> chosen, Sentence s) {
        for (Selected c : chosen) if (c.sentence() == s) return true;
        return false;
    }

    private static boolean repeatsOthers(Redundancy redundancy, int i, List<Selected> chosen, int skip,
                                         Map<Sentence, Integer> index) {
        for (int k = 0; k < chosen.size(); k++) {
            if (k != skip && redundancy.sameFact(i, index.get(chosen.get(k).sentence()))) return true;
        }
        return false;
    }
}
