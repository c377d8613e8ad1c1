package io.khulasa.rouge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All measures' scores of one peer summary against one cluster's references. */
public final class ClusterScore {

    private final Map<Measure, Score> scores;

    ClusterScore(Map<Measure, Score> scores) {
        this.scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The score of one measure; throws if the scorer was not configured for it. */
    public Score get(Measure measure) {
        Score s = scores.get(measure);
        if (s == null) {
            throw new IllegalArgumentException("not computed: " + measure);
        }
        return s;
    }

    /** Measures in ROUGE-1.5.5's printing order. */
    public List<Measure> measures() {
        return List.copyOf(scores.keySet());
    }

    /** All scores, in printing order. */
    public Map<Measure, Score> asMap() {
        return scores;
    }

    @Override
    public String toString() {
        return scores.toString();
    }
}
