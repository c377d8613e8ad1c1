package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines that occur in two or more documents of the cluster and look like furniture — headline-like: no full
 * stop, at most 12 words. Sites share menus, teaser lists and taglines across pages; two outlets quoting
 * the same agency sentence do not make it furniture, hence the shape condition. Titles are never touched.
 */
final class CrossDocumentRepeats {
    private CrossDocumentRepeats() {}

    static void drop(List<List<Unit>> docs, int[] duplicateOf) {
        Map<String, Set<Integer>> seenIn = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            if (duplicateOf[d] >= 0) continue;
            for (Unit u : docs.get(d)) {
                if (candidate(u)) seenIn.computeIfAbsent(u.norm(), k -> new HashSet<>()).add(d);
            }
        }
        for (int d = 0; d < docs.size(); d++) {
            if (duplicateOf[d] >= 0) continue;
            for (Unit u : docs.get(d)) {
                if (u.kept() && candidate(u) && seenIn.get(u.norm()).size() >= 2) u.reason = "repeated-across-documents";
            }
        }
    }

    private static boolean candidate(Unit u) {
        if (u.title || u.f.letters == 0 || u.lines.size() > 1) return false;
        return u.f.words <= 12 && u.f.ending != LineFeatures.Ending.SENTENCE;
    }
}
