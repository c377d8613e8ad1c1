package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Submodular coverage plus diversity (Lin &amp; Bilmes 2011): F(S) = L(S) + λ·R(S), where L is saturated
 * coverage of every sentence by the summary and R rewards picking from different clusters of sentences
 * (square root of singleton reward per cluster); greedy with cost scaling, which carries their
 * approximation guarantee, then the best single sentence if it beats the greedy set.
 */
public final class SubmodularSummarizer implements Summarizer {
    /** Saturation: a sentence counts as covered at this share of its total similarity (paper: α = a/N). */
    static final double ALPHA = 5.0;
    /** Weight of the diversity reward (paper's λ = 6 for DUC 2004). */
    static final double LAMBDA = 6.0;
    /** Cost scaling exponent r (paper: 0.3). */
    static final double COST_EXPONENT = 0.3;
    /** Sentences per diversity cluster, roughly (paper: K = 0.2 N clusters by K-means). */
    static final int SENTENCES_PER_PARTITION = 5;

    @Override public String name() { return "submodular"; }

    @Override public String description() {
        return "Submodular coverage + diversity (Lin & Bilmes 2011), greedy with cost scaling";
    }

    @Override
    public List<Selected> select(AnalyzedCluster cluster, Budget budget) {
        List<Sentence> sentences = cluster.sentences();
        TermVectors v = TermVectors.of(cluster);
        int[] pool = CandidatePool.of(sentences, budget, CandidatePool.DEFAULT_CAP);
        int n = pool.length;
        if (n == 0) return List.of();
        double[][] w = v.cosineMatrix(pool);
        double[] total = new double[n];
        for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) total[a] += w[a][b];
        double alpha = ALPHA / n;
        double[] singleton = new double[n];
        for (int a = 0; a < n; a++) singleton[a] = total[a] / n;
        int[] partition = partitions(w, n, Math.max(1, n / SENTENCES_PER_PARTITION));
        int parts = Arrays.stream(partition).max().orElse(0) + 1;

        double[] cost = new double[n];
        for (int a = 0; a < n; a++) cost[a] = budget.costWithSeparator(sentences.get(pool[a]).text());
        double limit = budget.limitWithSeparator();

        double[] covered = new double[n];    // Σ_{j∈S} w_ij for every i
        double[] partReward = new double[parts];
        boolean[] chosen = new boolean[n];
        boolean[] dropped = new boolean[n];
        double spent = 0;
        List<Integer> picked = new ArrayList<>();
        Redundancy redundancy = new Redundancy(v);
        List<Selected> out = new ArrayList<>();
        while (true) {
            // gains change only when a sentence is chosen: rank once a step, then take the first that repeats nothing
            // (a repeat rejected used to cost a whole scan of the pool)
            double[] gains = new double[n], ratios = new double[n];
            List<Integer> ranked = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                if (chosen[a] || dropped[a]) continue;
                if (spent + cost[a] > limit) { dropped[a] = true; continue; } // never fits again
                gains[a] = coverageGain(a, w, covered, total, alpha)
                        + LAMBDA * (Math.sqrt(partReward[partition[a]] + singleton[a]) - Math.sqrt(partReward[partition[a]]));
                ratios[a] = gains[a] / Math.pow(cost[a], COST_EXPONENT);
                ranked.add(a);
            }
            ranked.sort((x, y) -> Double.compare(ratios[y], ratios[x])); // stable: ties keep the pool's order
            int best = -1;
            for (int a : ranked) {
                if (redundancy.repeats(pool[a], picked)) { dropped[a] = true; continue; }
                best = a;
                break;
            }
            if (best < 0) break;
            double bestGain = gains[best];
            Sentence s = sentences.get(pool[best]);
            chosen[best] = true;
            spent += cost[best];
            for (int i = 0; i < n; i++) covered[i] += w[i][best];
            partReward[partition[best]] += singleton[best];
            picked.add(pool[best]);
            out.add(new Selected(s, bestGain));
        }
        // The paper's last step: the best single sentence that fits, if it alone is worth more.
        double greedyValue = 0;
        for (Selected sel : out) greedyValue += sel.score();
        int single = -1;
        double singleValue = greedyValue;
        double[] none = new double[n];
        for (int a = 0; a < n; a++) {
            if (cost[a] > limit) continue;
            double value = coverageGain(a, w, none, total, alpha) + LAMBDA * Math.sqrt(singleton[a]);
            if (value > singleValue) { singleValue = value; single = a; }
        }
        return single < 0 ? out : List.of(new Selected(sentences.get(pool[single]), singleValue));
    }

    private static double coverageGain(int a, double[][] w, double[] covered, double[] total, double alpha) {
        double g = 0;
        for (int i = 0; i < w.length; i++) {
            double cap = alpha * total[i];
            double before = Math.min(covered[i], cap);
            double after = Math.min(covered[i] + w[i][a], cap);
            g += after - before;
        }
        return g;
    }

    /** Rounds of k-means at most; it settles in a few on news clusters. */
    static final int KMEANS_ROUNDS = 20;

    /**
     * The paper's K-means on TF-IDF vectors, spherical, worked through the cosine matrix alone: the cosine
     * of sentence a with the mean of part P is Σ_{b∈P} w_ab / √(Σ_{b,c∈P} w_bc), so no dense centroid over
     * the vocabulary is ever built. Seeds are spread evenly through the sentences (the articles' order):
     * no random start, so the same input gives the same parts.
     */
    static int[] partitions(double[][] w, int n, int k) {
        k = Math.min(k, n);
        int[] part = new int[n];
        for (int a = 0; a < n; a++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                double sim = w[a][(int) ((long) s * n / k)];
                if (sim > best) { best = sim; part[a] = s; }
            }
        }
        double[][] toPart = new double[n][k];
        double[] selfSim = new double[k];
        for (int round = 0; round < KMEANS_ROUNDS; round++) {
            for (double[] row : toPart) Arrays.fill(row, 0);
            for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) toPart[a][part[b]] += w[a][b];
            Arrays.fill(selfSim, 0);
            for (int b = 0; b < n; b++) selfSim[part[b]] += toPart[b][part[b]];
            boolean moved = false;
            for (int a = 0; a < n; a++) {
                int was = part[a];
                double best = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < k; s++) {
                    if (selfSim[s] <= 0) continue; // an emptied part
                    double sim = toPart[a][s] / Math.sqrt(selfSim[s]);
                    if (sim > best) { best = sim; part[a] = s; }
                }
                moved |= part[a] != was;
            }
            if (!moved) break;
        }
        return part;
    }
}
