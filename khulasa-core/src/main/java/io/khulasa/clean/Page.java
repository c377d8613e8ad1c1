package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.List;
import java.util.Map;

/**
 * One document's units as {@link LineClassifier}'s passes see them: the units they mark, its language, the metadata
 * map the facts found go to, and what a pass leaves for a later one (the title's unit, the forum rows).
 */
final class Page {
    /** Lines judged on their own from each end of a document; bounds the work on a huge, line-rich file. */
    static final int EDGE_UNITS = 50_000;

    final List<Unit> units;
    final boolean arabic;
    final Map<String, String> meta;
    /** The title's unit, once found; -1 before (or when there is none). */
    int titleIndex = -1;
    /** Rows of forum posts' furniture, and the first one's unit (-1 while none). */
    int forumRows, firstForumRow = -1;

    Page(List<Unit> units, boolean arabic, Map<String, String> meta) {
        this.units = units;
        this.arabic = arabic;
        this.meta = meta;
    }

    int firstProse() {
        for (Unit u : units) if (u.kept() && !u.title && u.f.prose()) return u.index;
        return units.size();
    }

    int lastProse() {
        for (int k = units.size() - 1; k >= 0; k--) {
            Unit u = units.get(k);
            if (u.kept() && !u.title && u.f.prose()) return k;
        }
        return -1;
    }
}
