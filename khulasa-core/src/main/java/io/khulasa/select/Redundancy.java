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
        return sameWords(a, b) || sameCount(a, b);
    }

    /** Said in the same words: a high cosine, or most of the shorter one's roots in the other. */
    boolean sameWords(int a, int b) {
        if (vectors.cosine(a, b) > COSINE) return true;
        int[] ta = vectors.rootIds(a), tb = vectors.rootIds(b);
        int small = Math.min(ta.length, tb.length);
        return small > 0 && TermVectors.sharedTerms(ta, tb) >= CONTAINMENT * small;
    }

    /**
     * The same casualty count, or two counts of the same kind: a story has one count of its dead, of its
     * injured and of its missing, and a different figure is an earlier or later count of it.
     */
    boolean sameCount(int a, int b) {
        CasualtyCounts.Toll ta = toll(a), tb = toll(b);
        if (!Collections.disjoint(ta.counts(), tb.counts())) return true;
        return ta.deaths() > 0 && tb.deaths() > 0 || ta.injured() && tb.injured() || ta.missing() && tb.missing();
    }

    CasualtyCounts.Toll toll(int sentence) {
        return tolls.computeIfAbsent(sentence, s -> CasualtyCounts.read(vectors.sentence(s).text()));
    }
}
