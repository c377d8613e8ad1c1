package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a page sets beside its text in a box of its own: a picture's caption under its credit, a table, a timeline, a
 * list of related stories under its marker, a box of key points.
 */
final class Boxes {
    private Boxes() {}

    /**
     * A picture's credit on a line of its own, then a short line and a paragraph: the short line is the picture's
     * caption ("(Image: Harbour Post)" over "The locked gates at Harbour station this morning", "Foto: Ana Gil/EFE" over
     * "Manuel Ortega, a su llegada a la sede del partido."). It must not report (a past verb, a count: the body's
     * first sentence), and the line above the credit must not be a caption the credit closes instead. Where no text
     * follows (the page's furniture or its end), the caption is a short line without a stop under the credit, or
     * over it under a paragraph: «تصوير: عمر الحمدان» over or under «منزل أبو سليمان بعد انحسار المياه».
     */
    static void captionsUnderCredits(Page page) {
        List<Unit> units = page.units;
        boolean arabic = page.arabic;
        for (int k = 1; k + 1 < units.size(); k++) {
            Unit credit = units.get(k), u = units.get(k + 1), above = units.get(k - 1);
            Unit next = k + 2 < units.size() ? units.get(k + 2) : null;
            if (!"photo-credit".equals(credit.reason)) continue;
            // the picture closes the text: its caption under the credit; or, the text's paragraph or its furniture
            // under the credit, over it
            if ((next == null || !next.kept()) && besideCredit(page, u, above)) {
                u.reason = "photo-caption";
                continue;
            }
            if (k >= 2 && (!u.kept() || u.f.prose()) && besideCredit(page, above, units.get(k - 2))) {
                above.reason = "photo-caption";
                continue;
            }
            if (next == null || !u.kept() || u.lines.size() != 1 || u.f.words > LineKinds.LONG_CAPTION_WORDS) continue;
            if (above.kept() && above.f.words <= LineKinds.LONG_CAPTION_WORDS) continue;
            if (!next.kept() || !next.f.prose() || next.f.words <= u.f.words || LineKinds.sentenceEnds(u.text) > 1) continue;
            if (arabic ? DatedCaptions.narratesInArabic(u.text) : DatedCaptions.reports(u.text)) continue;
            // a whole sentence with "is"/"are" ("Rescue teams are still searching the rubble.") is the text's; a
            // caption drops them, or is in the passive ("A man is led away by police.")
            if (!arabic && u.f.endsSentence() && FINITE_BE.matcher(u.text).find()) continue;
            u.reason = "photo-caption";
        }
    }

    /**
     * Whether {@code u}, beside a credit, is the picture's caption: one short line without a stop that does not
     * report, with the text's paragraph on its other side ({@code beyond}; a headline has none).
     */
    private static boolean besideCredit(Page page, Unit u, Unit beyond) {
        if (!u.kept() || u.lines.size() != 1 || u.f.words > LineKinds.LONG_CAPTION_WORDS || !u.f.bare() || u.f.letters == 0) return false;
        if (!beyond.kept() || !beyond.f.prose()) return false;
        return !(page.arabic ? DatedCaptions.narratesInArabic(u.text) : DatedCaptions.reports(u.text));
    }

    /** "is"/"are" as a verb of its own or before "-ing", not a present passive's ("are seen", "is towed"). */
    private static final Pattern FINITE_BE = Pattern.compile(
            "\\b(?:is|are)\\b(?! (?:being )?(?:[a-z]+ed|seen|shown|pictured|taken|held|led|driven|given|thrown|known)\\b)");

    /** A cell holding a figure: "48.37", "-6.10", "-11.20%", "$1.2bn", "18.4M". */
    private static final Pattern FIGURE_CELL = Pattern.compile("[-+−]?[$€£]?\\d[\\d.,]*(?:%|[KkMmBb]n?)?");

    /**
     * A table a page was flattened into: rows whose cells hold two figures or more ("TSLN     Tessaline Networks
     * 48.37   -6.10   -11.20%"), and the row of headings right over them ("Symbol   Company   Last   Chg   %Chg").
     */
    static void tables(Page page) {
        List<Unit> units = page.units;
        boolean rowBelow = false;
        for (int k = units.size() - 1; k >= 0; k--) { // from the bottom: a heading row is known by the row under it
            Unit u = units.get(k);
            int figures = u.lines.size() == 1 ? figureCells(u.text) : -1;
            boolean row = figures >= 2, heading = figures == 0 && rowBelow;
            if ((row || heading) && u.kept() && !u.title) u.reason = "table-row";
            rowBelow = row;
        }
        tableSources(page);
    }

    /**
     * A table's own lines: its title right over it («أسعار العملات», "Exchange rates") and a source line right under it
     * («المصدر: البنك المركزي», "Source: Eurostat"; an update time may stand between). They name the table and credit
     * its figures, not the article: neither is the page's source.
     */
    private static void tableSources(Page page) {
        List<Unit> units = page.units;
        for (int k = 0; k < units.size(); k++) {
            if (!barRow(units.get(k)) || k > 0 && barRow(units.get(k - 1))) continue;
            int top = k;
            if (top > 0 && units.get(top - 1).lines.size() == 1 && cellCount(units.get(top - 1).text) >= 3) top--; // the headings
            Unit title = top > 0 ? units.get(top - 1) : null;
            if (title != null && title.kept() && title.f.bare() && title.f.words <= 4) title.reason = "table-title";
        }
        for (int k = 1; k < units.size(); k++) {
            Unit u = units.get(k);
            if (!"source-line".equals(u.reason) || u.text.indexOf(':') < 0) continue;
            for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
                Unit above = units.get(j);
                if (above.lines.size() == 1 && (figureCells(above.text) >= 2 || barRow(above))) {
                    u.reason = "table-source";
                    page.meta.remove("source", Credits.afterCue(u.text));
                    break;
                }
                if (above.kept()) break; // text between: the line is not under the table
            }
        }
    }

    /** A row of cells set apart by bars, two of them figures: «الدولار الأمريكي | 22.85 | 22.95». */
    private static boolean barRow(Unit u) {
        return u.lines.size() == 1 && u.text.indexOf('|') > 0 && figureCells(cellsBetweenBars(u.text)) >= 2;
    }

    private static String[] cellsBetweenBars(String line) {
        String[] cells = BAR.split(line.strip());
        return cells.length >= 3 ? cells : null;
    }

    private static int cellCount(String line) {
        String[] cells = line.indexOf('|') > 0 ? cellsBetweenBars(line) : Layout.cells(line);
        return cells == null ? 0 : cells.length;
    }

    /** How many cells of a table's row ({@link Layout#cells}) hold figures; -1 when the line is no such row. */
    private static int figureCells(String line) {
        return figureCells(Layout.cells(line));
    }

    /** A row's cells set apart by bars: «الدولار الأمريكي | 22.85 | 22.95». */
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");

    private static int figureCells(String[] cells) {
        if (cells == null) return -1;
        int figures = 0;
        for (String c : cells) if (FIGURE_CELL.matcher(c).matches()) figures++;
        return figures;
    }

    private static final String MONTH = io.khulasa.text.MonthNames.ENGLISH_PATTERN;
    /**
     * A timeline's entry: a date, maybe its year and hour, then a dash or a colon and the note ("Aug. 12, 9 p.m. — Fire
     * at 11,800 acres, 5% contained", "12 March: Talks collapse", "2009 — Ferry sinks in the strait").
     */
    private static final Pattern DATED_NOTE = Pattern.compile("^(?:(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + ")"
            + "(?:,?\\s+(?:19|20)\\d\\d)?(?:,?\\s+\\d{1,2}(?:[:.]\\d\\d)?\\s*(?i:[ap]\\.?m\\.?)?)?|(?:19|20)\\d\\d)"
            + "\\s*(?:—|–|--|-|:)\\s+\\S");

    /** A timeline box's heading: "Timeline: how the fire spread", "Key dates", "How the crisis unfolded". */
    private static final Pattern TIMELINE_HEADING = Pattern.compile(
            "(?i)\\b(?:timeline|chronology|key (?:dates|events|moments)|the story so far)\\b|\\bhow\\b.{1,40}\\bunfolded\\b");
    /** An entry that tells what is to come ("Dec. 12 - Drivers … will strike"): a schedule the story announces. */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|(?:is|are) (?:due|set|expected) to)\\b");

    /**
     * Two dated entries in a row or more under a timeline's heading are a timeline box: notes of the story's past
     * stages, each superseded by the next and all by the report itself; not sentences to quote. Without the heading
     * dated paragraphs are the story's own (an update log, a year-by-year account), and a future entry is news.
     */
    static void timelines(Page page) {
        List<Unit> units = page.units;
        for (int k = 0; k < units.size(); k++) {
            int end = k;
            while (end < units.size() && DATED_NOTE.matcher(units.get(end).text).lookingAt()) end++;
            if (end - k >= 2 && k > 0 && timelineHeading(units.get(k - 1))) {
                for (int j = k; j < end; j++) {
                    Unit u = units.get(j);
                    if (u.kept() && !u.title && !FUTURE.matcher(u.text).find()) u.reason = "timeline";
                }
            }
            k = Math.max(k, end - 1);
        }
    }

    private static boolean timelineHeading(Unit u) {
        return u.f.words <= 12 && !u.f.endsSentence() && TIMELINE_HEADING.matcher(u.text).find();
    }

    /** Labels of paid links a page sets under its text (normalized). */
    private static final java.util.Set<String> SPONSORED_LABELS = java.util.Set.of("sponsored", "sponsored content",
            "sponsored links", "sponsored stories", "promoted", "promoted content", "promoted stories", "paid content",
            "paid post", "partner content", "from our partners", "around the web");
    /** The most links under one label. */
    private static final int SPONSORED_MAX = 6;

    /**
     * Under a "Sponsored" label after the text begins, the headline-like lines are paid links ("This one trick cuts your
     * energy bill in half"). Above the text the label is the page's own: a paid article, its headline under it.
     */
    static void sponsoredLinks(Page page) {
        List<Unit> units = page.units;
        int first = page.firstProse();
        for (int k = first + 1; k < units.size(); k++) {
            Unit m = units.get(k);
            if (m.f.words > 3 || !SPONSORED_LABELS.contains(m.norm())) continue;
            if (m.kept() && !m.title) m.reason = "sponsored";
            int j = k + 1;
            for (; j < units.size() && j <= k + SPONSORED_MAX; j++) {
                Unit u = units.get(j);
                if (!u.kept() || u.title || !LineKinds.headlineLike(u.f) || u.f.words > 15) break;
                u.reason = "sponsored";
            }
            k = j - 1;
        }
    }

    /** After a "related" marker, headline-like lines are the list, until a line ends like prose. */
    static void relatedBlocks(Page page) {
        List<Unit> units = page.units;
        for (int k = 0; k < units.size(); k++) {
            Unit m = units.get(k);
            if (!"related-articles".equals(m.reason) || !Navigation.relatedMarker(m.text, m.norm())) continue;
            int j = k + 1;
            for (; j < units.size(); j++) {
                Unit u = units.get(j);
                if (!u.kept()) continue;
                if (!LineKinds.headlineLike(u.f)) break;
                u.reason = "related-articles";
            }
            k = j - 1; // resume after the block: each unit is visited once however many markers there are
        }
    }

    /** The most words of a newsletter box's heading. */
    private static final int BOX_HEADING_WORDS = 8;

    /**
     * A newsletter box: its heading right above its offer and button ("Be the first to know" over "Get local news
     * delivered to your inbox!" and "Sign Up!"), a short unpunctuated line; under the text's start, where the headline
     * is not. A lone prompt under a list of stories ("Download our app…") has no heading.
     */
    static void newsletterBoxes(Page page) {
        List<Unit> units = page.units;
        for (int k = page.firstProse() + 2; k + 1 < units.size(); k++) {
            if (!"subscribe-prompt".equals(units.get(k).reason) || !"subscribe-prompt".equals(units.get(k + 1).reason)) continue;
            Unit u = units.get(k - 1);
            if (u.kept() && u.f.words <= BOX_HEADING_WORDS && u.f.bare() && u.f.letters > 0) u.reason = "subscribe-prompt";
        }
    }

    /** The most points of a box, each a headline of at most 15 words. */
    private static final int KEY_POINTS_MAX = 8;

    /** "Key points" and the unpunctuated lines under it: a box of headlines, not the story's sentences. */
    static void keyPointBoxes(Page page) {
        List<Unit> units = page.units;
        for (int k = 0; k < units.size(); k++) {
            Unit m = units.get(k);
            if (!m.kept() || m.f.words > 4 || !Lexicon.KEY_POINT_HEADINGS.contains(m.norm())) continue;
            int j = k + 1;
            while (j < units.size() && j <= k + KEY_POINTS_MAX && units.get(j).kept() && LineKinds.headlineLike(units.get(j).f)
                    && units.get(j).f.words <= 15) units.get(j++).reason = "key-points";
            if (j > k + 1) m.reason = "key-points";
            k = j - 1;
        }
    }
}
