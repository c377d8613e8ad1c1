package io.khulasa.select;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The summarization methods by name; the first one registered as default is used when none is named. */
public final class Summarizers {
    /** The method used when none is named: the best measured on the development data (docs/EVALUATION.md). */
    public static final String DEFAULT = "centroid";

    private static final Map<String, Supplier<Summarizer>> METHODS = new LinkedHashMap<>();

    static {
        // Names are given here so that listing them loads no method (the ILP's solver is slow to load).
        METHODS.put("lead", LeadSummarizer::new);
        METHODS.put("centroid", CentroidSummarizer::new);
        METHODS.put("lexrank", LexRankSummarizer::new);
        METHODS.put("textrank", TextRankSummarizer::new);
        METHODS.put("mmr", MmrSummarizer::new);
        METHODS.put("greedykl", GreedyKlSummarizer::new);
        METHODS.put("submodular", SubmodularSummarizer::new);
        METHODS.put("ilp", ConceptIlpSummarizer::new);
    }

    private Summarizers() {}

    /** The names of every method, in a stable order. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(METHODS.keySet());
    }

    /**
     * A new summarizer for {@code name}; throws IllegalArgumentException naming the known methods. Every method
     * but the Lead baseline gives the {@linkplain LatestFigures latest figures}.
     */
    public static Summarizer create(String name) {
        Supplier<Summarizer> s = METHODS.get(name == null ? DEFAULT : name.strip().toLowerCase(java.util.Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("unknown method '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        Summarizer method = s.get();
        return method instanceof LeadSummarizer ? method : new LatestFigures(method);
    }
}
