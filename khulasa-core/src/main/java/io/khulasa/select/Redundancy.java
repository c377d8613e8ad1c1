package io.khulasa.select;

import io.khulasa.analyze.Sentence;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells whether two sentences state the same fact. Outlets copy wire copy with small edits, so a large
 * share of the shorter sentence's content terms found in the longer one means the same statement.
 */
public final class Redundancy {
    /** Share of the shorter sentence's distinct terms that, found in the other, makes them one fact. */
    static final double CONTAINMENT = 0.6;

    private Redundancy() {}

    public static boolean sameFact(Sentence a, Sentence b) {
        Set<String> ta = new HashSet<>(java.util.Arrays.asList(a.terms()));
        Set<String> tb = new HashSet<>(java.util.Arrays.asList(b.terms()));
        Set<String> small = ta.size() <= tb.size() ? ta : tb;
        Set<String> large = small == ta ? tb : ta;
        if (small.isEmpty()) return false;
        int shared = 0;
        for (String t : small) if (large.contains(t)) shared++;
        return shared >= CONTAINMENT * small.size();
    }
}
