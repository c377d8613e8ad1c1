package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds articles of a cluster that are the same story scraped twice: at least 90% of their kept lines (in
 * comparison form, lines of three words or more) are shared, measured against the longer of the two, so a
 * short piece quoted inside a long one is not a duplicate. The earlier document (read order) is the original.
 */
final class DuplicateArticles {
    static final double SHARE = 0.9;

    private DuplicateArticles() {}

    /** For each document, the index of the document it duplicates, or -1. */
    static int[] find(List<List<Unit>> docs) {
        int n = docs.size();
        int[] of = new int[n];
        java.util.Arrays.fill(of, -1);
        List<Set<String>> keys = docs.stream().map(DuplicateArticles::keys).toList();
        for (int j = 1; j < n; j++) {
            Set<String> b = keys.get(j);
            if (b.isEmpty()) continue;
            for (int i = 0; i < j; i++) {
                if (of[i] >= 0) continue;
                Set<String> a = keys.get(i);
                if (a.isEmpty()) continue;
                int shared = 0;
                Set<String> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
                for (String k : small) if (large.contains(k)) shared++;
                if (shared >= SHARE * Math.max(a.size(), b.size())) {
                    of[j] = i;
                    break;
                }
            }
        }
        return of;
    }

    private static Set<String> keys(List<Unit> units) {
        Set<String> out = new HashSet<>();
        for (Unit u : units) if (u.kept() && !u.title && u.f.words >= 3) out.add(u.norm());
        return out;
    }
}
