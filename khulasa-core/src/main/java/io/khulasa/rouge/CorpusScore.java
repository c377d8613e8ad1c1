package io.khulasa.rouge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Corpus-level averages of per-cluster scores with bootstrap confidence intervals. */
public final class CorpusScore {

    /**
     * One figure (recall, precision or F) over the clusters.
     *
     * @param mean the plain mean of the per-cluster scores
     * @param resampledMean the mean of the bootstrap sample means; ROUGE-1.5.5 prints this as
     *     {@code Average_X}
     * @param lower lower end of the confidence interval
     * @param upper upper end of the confidence interval
     */
    public record Estimate(double mean, double resampledMean, double lower, double upper) {}

    /**
     * Recall, precision and F of one measure.
     *
     * @param clusters how many per-cluster scores were averaged
     */
    public record Aggregate(Estimate recall, Estimate precision, Estimate f, int clusters) {}

    private final Map<Measure, Aggregate> aggregates;
    private final int samples;
    private final double confidence;

    CorpusScore(Map<Measure, Aggregate> aggregates, int samples, double confidence) {
        this.aggregates = Collections.unmodifiableMap(new LinkedHashMap<>(aggregates));
        this.samples = samples;
        this.confidence = confidence;
    }

    /** The aggregate of one measure. */
    public Aggregate get(Measure measure) {
        Aggregate a = aggregates.get(measure);
        if (a == null) {
            throw new IllegalArgumentException("not computed: " + measure);
        }
        return a;
    }

    /** Measures in printing order. */
    public List<Measure> measures() {
        return List.copyOf(aggregates.keySet());
    }

    /** Number of bootstrap samples. */
    public int samples() {
        return samples;
    }

    /** Confidence level in percent, e.g. 95. */
    public double confidence() {
        return confidence;
    }
}
