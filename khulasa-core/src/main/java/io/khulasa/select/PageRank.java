package io.khulasa.select;

import java.util.Arrays;

/** Power iteration for PageRank over a weighted, undirected graph given as a dense matrix. */
final class PageRank {
    static final double TOLERANCE = 1e-7;
    static final int MAX_ITERATIONS = 200;

    private PageRank() {}

    static double[] run(double[][] w, double damping) {
        int n = w.length;
        if (n == 0) return new double[0];
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) for (double x : w[i]) rowSum[i] += x;
        double[] p = new double[n];
        Arrays.fill(p, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) if (rowSum[i] == 0) dangling += p[i];
            Arrays.fill(next, (1 - damping) / n + damping * dangling / n);
            for (int i = 0; i < n; i++) {
                if (rowSum[i] == 0) continue;
                double share = damping * p[i] / rowSum[i];
                double[] row = w[i];
                for (int j = 0; j < n; j++) if (row[j] != 0) next[j] += share * row[j];
            }
            double delta = 0;
            for (int i = 0; i < n; i++) delta += Math.abs(next[i] - p[i]);
            double[] t = p; p = next; next = t;
            if (delta < TOLERANCE) break;
        }
        return p;
    }
}
