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
 * is below the highest in the cluster gives its place to a sentence with a higher one (the highest first, then
 * the earliest) that is {@linkplain #newer newer} and repeats nothing else chosen in words. Chosen sentences
 * that only give older counts of what the newcomer counts (the injured, the missing) go with it; when the
 * newcomer is too long for the budget left, the weakest other chosen sentences give way too. The newcomer
 * keeps the score of the place it takes. {@link Redundancy} already keeps a summary to one count of each kind.
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
            if (d > 0 && Candidates.accept(sentences.get(i), sentences)) later.add(new int[] {i, d});
        }
        later.sort(Comparator.<int[]>comparingInt(x -> -x[1]).thenComparingInt(x -> x[0]));
        Redundancy redundancy = null;
        for (int k = 0; k < chosen.size(); k++) {
            if (tolls[k] == 0) continue;
            Selected old = chosen.get(k);
            for (int[] x : later) {
                if (x[1] <= tolls[k]) break;
                Sentence s = sentences.get(x[0]);
                if (contains(chosen, s) || !newer(cluster, s, old.sentence())) continue;
                if (redundancy == null) redundancy = new Redundancy(new TermVectors(cluster));
                // Another chosen sentence that only counts what the newcomer counts anew (the missing, the
                // injured) is an older count too and goes; one it repeats in words keeps the newcomer out.
                List<Selected> swapped = new ArrayList<>(chosen);
                swapped.set(k, new Selected(s, old.score()));
                boolean blocked = false;
                for (int j = swapped.size() - 1; j >= 0 && !blocked; j--) {
                    if (j == k) continue;
                    int other = index.get(swapped.get(j).sentence());
                    if (redundancy.sameWords(x[0], other)) blocked = true;
                    else if (redundancy.sameCount(x[0], other)) swapped.remove(j);
                }
                if (blocked) continue;
                int at = 0;
                while (swapped.get(at).sentence() != s) at++;
                // Too long for what is left: the weakest other sentences give way, last chosen first. The latest
                // toll is worth more than the last facts chosen.
                for (int w = swapped.size() - 1; w >= 0 && cost(swapped, budget) > budget.limit(); w--) {
                    if (w == at) continue;
                    swapped.remove(w);
                    if (w < at) at--;
                }
                if (cost(swapped, budget) > budget.limit()) continue;
                chosen = swapped;
                tolls = new int[chosen.size()];
                for (int j = 0; j < chosen.size(); j++) tolls[j] = CasualtyCounts.read(chosen.get(j).sentence().text()).deaths();
                k = at;
                break;
            }
        }
        return chosen;
    }

    /**
     * Whether {@code s} reports a later count than {@code than}: its article is dated later, or, when either
     * article is undated, it gives its figure as an update ("rose to", "ارتفعت الحصيلة إلى"). A higher figure
     * alone may be an early estimate revised down, or a wider area's count.
     */
    private static boolean newer(AnalyzedCluster cluster, Sentence s, Sentence than) {
        java.time.Instant a = cluster.document(s).cleaned().asOf();
        java.time.Instant b = cluster.document(than).cleaned().asOf();
        if (a != null && b != null) return a.isAfter(b);
        return CasualtyCounts.reportsUpdate(s.text());
    }

    /** What {@code chosen} costs as one summary, separators included. */
    private static int cost(List<Selected> chosen, Budget budget) {
        int used = 0;
        for (int k = 0; k < chosen.size(); k++) used += budget.addCost(budget.cost(chosen.get(k).sentence().text()), k);
        return used;
    }

    private static boolean contains(List<Selected> chosen, Sentence s) {
        for (Selected c : chosen) if (c.sentence() == s) return true;
        return false;
    }
}
