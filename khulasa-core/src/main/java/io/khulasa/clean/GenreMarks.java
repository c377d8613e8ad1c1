package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.List;

/** Furniture that tells what kind of piece the text is: an opinion section's label, a forum thread's rows. */
final class GenreMarks {
    private GenreMarks() {}

    /**
     * A thread: its first post's furniture (the poster's standing, the post's actions) comes before any prose. Under
     * an article the same rows are readers' comments, and the article stays a report.
     */
    static void forumThread(Page page) {
        if (page.forumRows >= Genre.FORUM_ROWS && page.firstForumRow < page.firstProse()) page.meta.putIfAbsent(Genre.KEY, Genre.FORUM);
    }

    /**
     * An opinion section's label next to the title (a kicker above it, «مقالات رأي» below) makes the piece opinion
     * and is dropped; an analysis's kicker ("ANALYSIS", «تحليل») makes it an analysis. Elsewhere the same word is a menu item or a subheading ("Opinions" over a paragraph of
     * reactions), and the other passes judge it.
     */
    static void opinionLabel(Page page) {
        List<Unit> units = page.units;
        analysisKicker(units, page);
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).title) continue;
            for (int j = Math.max(0, i - 1); j <= Math.min(units.size() - 1, i + 1); j++) {
                Unit u = units.get(j);
                // the label alone, or as one field of a short row («رأي | الخميس 20 نوفمبر 2025»)
                if (!u.title && (u.f.words <= 3 && Genre.isLabel(u.norm()) || u.f.words <= 10 && Genre.isOpinionRow(u.text))) {
                    u.reason = "section-label";
                    page.meta.put(Genre.KEY, Genre.OPINION);
                }

            }
        }
    }

    /**
     * "ANALYSIS" right above the title, or above the heading that repeats it: the piece explains, with the past's
     * figures, and reports nothing new. Only above: below the title a menu's "Analysis" may stand beside a news story.
     */
    private static void analysisKicker(List<Unit> units, Page page) {
        String title = null;
        for (Unit u : units) if (u.title) { title = u.norm(); break; }
        if (title == null) return;
        for (int j = 0; j + 1 < units.size(); j++) {
            Unit u = units.get(j), next = units.get(j + 1);
            if (!u.title && u.f.words <= 3 && Genre.isAnalysisLabel(u.norm()) && (next.title || next.norm().equals(title))) {
                u.reason = "section-label";
                page.meta.putIfAbsent(Genre.KEY, Genre.ANALYSIS);
            }
        }
    }
}
