package io.khulasa.select;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells whether a sentence states a fact already in the summary. Outlets copy wire copy with small edits,
 * so two sentences are one fact when their TF-IDF cosine is high, or when most of the shorter one's
 * content terms (compared by {@linkplain TermVectors#rootIds root}) are found in the other, or when they
 * report the same {@linkplain CasualtyCounts casualty count} ("four people died" / "the toll rose to four"),
 * or both count the dead, the injured or the missing (the story's toll, counted at two moments).
 */
public final class Redundancy {
    /** Cosine similarity above which two sentences state the same thing. */
    static final double COSINE = 0.35;
    /** Share of the shorter sentence's distinct terms that, found in the other, makes them one fact. */
    static final double CONTAINMENT = 0.5;

    private final TermVectors vectors;
    /** Casualty counts by sentence, found once: few sentences report any. */
    private final Map<Integer, CasualtyCounts.Toll> tolls = new HashMap<>();

    public Redundancy(TermVectors vectors) {
        this.vectors = vectors;
    }

    /** True when sentence {@code i} repeats one of the {@code chosen} sentences. */
    public boolean repeats(int i, Collection<Integer> chosen) {
        for (int j : chosen) if (sameFact(i, j)) return true;
        return false;
    }

    public boolean sameFact(int a, int b) {
        if (vectors.cosine(a, b) > COSINE) return true;
        CasualtyCounts.Toll ta0 = toll(a), tb0 = toll(b);
        if (!Collections.disjoint(ta0.counts(), tb0.counts())) return true;
        // A story has one count of its dead, of its injured and of its missing: a different figure is an
        // earlier or later count of the same.
        if (ta0.deaths() > 0 && tb0.deaths() > 0 || ta0.injured() && tb0.injured() || ta0.missing() && tb0.missing()) {
            return true;
        }
        int[] ta = vectors.rootIds(a), tb = vectors.rootIds(b);
        int small = Math.min(ta.length, tb.length);
        return small > 0 && TermVectors.sharedTerms(ta, tb) >= CONTAINMENT * small;
    }

    CasualtyCounts.Toll toll(int sentence) {
        return tolls.computeIfAbsent(sentence, s -> CasualtyCounts.read(vectors.sentence(s).text()));
    }
}
