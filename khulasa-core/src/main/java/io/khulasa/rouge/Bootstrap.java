package io.khulasa.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bootstrap confidence intervals over clusters, computed as ROUGE-1.5.5 does: each sample draws
 * as many per-cluster scores as there are, with replacement, and averages them; the reported
 * average is the mean of the sample means, and the interval ends are order statistics of the
 * sorted sample means (with ROUGE's interpolation rule).
 *
 * <p>Two deterministic random sources: {@link #rouge155(int, double)} reseeds Perl's
 * {@code drand48} with the sample number, exactly as ROUGE-1.5.5, and so reproduces its printed
 * averages and intervals; {@link #seeded(long, int, double)} uses a {@link SplittableRandom}.
 * Either way the same draws are used for every system and measure with the same number of
 * clusters (a paired bootstrap). Thread-safe.
 */
public final class Bootstrap {

    /** Default number of samples, as ROUGE's {@code -r}. */
    public static final int DEFAULT_SAMPLES = 1000;

    private final Long seed; // null: ROUGE-1.5.5's drand48 scheme
    private final int samples;
    private final double confidence;
    private final Map<Integer, int[][]> drawsBySize = new ConcurrentHashMap<>();

    private Bootstrap(Long seed, int samples, double confidence) {
        if (samples < 1) {
            throw new IllegalArgumentException("need at least one bootstrap sample: " + samples);
        }
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new IllegalArgumentException("confidence must be within 0..100: " + confidence);
        }
        this.seed = seed;
        this.samples = samples;
        this.confidence = confidence;
    }

    /** ROUGE-1.5.5's default resampling: {@code -r 1000 -c 95}. */
    public static Bootstrap rouge155() {
        return rouge155(DEFAULT_SAMPLES, 95);
    }

    /** ROUGE-1.5.5's resampling ({@code -r samples -c confidence}), bit for bit. */
    public static Bootstrap rouge155(int samples, double confidence) {
        return new Bootstrap(null, samples, confidence);
    }

    /** Resampling driven by {@code new SplittableRandom(seed)}. */
    public static Bootstrap seeded(long seed, int samples, double confidence) {
        return new Bootstrap(seed, samples, confidence);
    }

    /** A description for report headers, e.g. {@code bootstrap=1000 rng=rouge155 confidence=95}. */
    public String describe() {
        return "bootstrap=" + samples + " rng=" + (seed == null ? "rouge155-drand48" : "splittable:" + seed)
                + " confidence=" + formatPercent(confidence);
    }

    static String formatPercent(double c) {
        return c == Math.rint(c) ? Long.toString((long) c) : Double.toString(c);
    }

    /**
     * Aggregates per-cluster scores of one system.
     *
     * @param byEvaluationId scores keyed by evaluation id; ROUGE-1.5.5 uses "cluster.system" and
     *     resamples in the byte order of these ids, which matters for reproducing its intervals
     */
    public CorpusScore aggregate(Map<String, ClusterScore> byEvaluationId) {
        List<String> ids = new ArrayList<>(byEvaluationId.keySet());
        ids.sort(CODE_POINT_ORDER);
        List<ClusterScore> ordered = new ArrayList<>(ids.size());
        for (String id : ids) {
            ordered.add(byEvaluationId.get(id));
        }
        Map<Measure, CorpusScore.Aggregate> out = new LinkedHashMap<>();
        if (!ordered.isEmpty()) {
            int[][] draws = draws(ordered.size());
            for (Measure m : ordered.get(0).measures()) {
                double[] r = new double[ordered.size()];
                double[] p = new double[ordered.size()];
                double[] f = new double[ordered.size()];
                for (int i = 0; i < r.length; i++) {
                    Score s = ordered.get(i).get(m);
                    r[i] = s.recall();
                    p[i] = s.precision();
                    f[i] = s.f();
                }
                out.put(m, new CorpusScore.Aggregate(
                        estimate(r, draws), estimate(p, draws), estimate(f, draws), r.length));
            }
        }
        return new CorpusScore(out, samples, confidence);
    }

    /** The bootstrap estimate of one figure's mean, given each sample's drawn indices. */
    CorpusScore.Estimate estimate(double[] values, int[][] draws) {
        int n = values.length;
        double plain = 0;
        for (double v : values) {
            plain += v;
        }
        plain /= n;
        double[] means = new double[samples];
        for (int s = 0; s < samples; s++) {
            double sum = 0;
            for (int idx : draws[s]) {
                sum += values[idx];
            }
            means[s] = sum / n;
        }
        Arrays.sort(means);
        double total = 0;
        for (double v : means) {
            total += v; // summed in ascending order, as the Perl does after sorting
        }
        double delta = samples * ((100 - confidence) / 2.0) / 100.0;
        int upperA = (int) (samples - delta - 1);
        int lowerA = (int) delta;
        double ratio = samples - delta - 1 - upperA; // ROUGE uses this ratio for both ends
        double lower = at(means, lowerA) + (at(means, lowerA + 1) - at(means, lowerA)) * ratio;
        double upper = at(means, upperA) + (at(means, upperA + 1) - at(means, upperA)) * ratio;
        return new CorpusScore.Estimate(plain, total / samples, lower, upper);
    }

    private static double at(double[] a, int i) {
        return i >= 0 && i < a.length ? a[i] : 0; // Perl reads an undefined element as 0
    }

    int[][] draws(int n) {
        return drawsBySize.computeIfAbsent(n, this::makeDraws);
    }

    private int[][] makeDraws(int n) {
        int[][] draws = new int[samples][n];
        SplittableRandom random = seed == null ? null : new SplittableRandom(seed);
        for (int s = 0; s < samples; s++) {
            Drand48 perl = seed == null ? new Drand48(s) : null;
            for (int i = 0; i < n; i++) {
                draws[s][i] = perl != null ? perl.nextIndex(n) : random.nextInt(n);
            }
        }
        return draws;
    }

    /** Perl's default string sort on UTF-8 text: code point order. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
