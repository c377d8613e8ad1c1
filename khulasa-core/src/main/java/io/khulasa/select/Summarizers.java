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
        register(LeadSummarizer::new);
        register(CentroidSummarizer::new);
        register(LexRankSummarizer::new);
        register(TextRankSummarizer::new);
        register(MmrSummarizer::new);
        register(GreedyKlSummarizer::new);
        register(SubmodularSummarizer::new);
        register(ConceptIlpSummarizer::new);
    }

    private Summarizers() {}

    private static void register(Supplier<Summarizer> s) {
        METHODS.put(s.get().name(), s);
    }

    /** The names of every method, in a stable order. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(METHODS.keySet());
    }

    /** A new summarizer for {@code name}; throws IllegalArgumentException naming the known methods. */
    public static Summarizer create(String name) {
        Supplier<Summarizer> s = METHODS.get(name == null ? DEFAULT : name.strip().toLowerCase(java.util.Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("unknown method '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return s.get();
    }
}
