package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Position: short unpunctuated lines before the first prose line (navigation) or after the last one (a lone site
 * name is the source line), one-line paragraphs inside the body (subheadings), captions set under a paragraph or a
 * slideshow's counter, and a press release's footer.
 */
final class PositionalPasses {
    private PositionalPasses() {}

    /** A bulleted line: "* ", "• ", "▪ ". */
    private static final Pattern KEY_POINT = Pattern.compile("\\s*[*•▪\\-–] ");
    /** A slideshow's counter: "2/5", «2 من 5», "Photo 2/5"; not a page count ("Page 1 of 3", «صفحة 1 من 3»). */
    private static final Pattern SLIDESHOW_COUNTER = Pattern.compile(
            "^[\\s•·●▪◦*\\-–]*(?:(?!page\\b|part\\b|chapter\\b|episode\\b|game\\b|round\\b|day\\b|week\\b|step\\b|صفح|الصفح|الجزء|الحلق)\\p{L}+\\s+)?\\d{1,3}\\s*(?:/|of|من)\\s*\\d{1,3}[\\s•·]*$",
            Pattern.CASE_INSENSITIVE);

    /** The most words of a site's slogan. */
    private static final int SLOGAN_WORDS = 6;

    static void positional(Page page) {
        List<Unit> units = page.units;
        int first = page.firstProse(), last = page.lastProse();
        if (last < 0) return; // no prose at all: nothing to measure positions against, keep everything
        boolean spaced = blankSeparated(units);
        for (Unit u : units) {
            if (!u.kept() || u.title) continue;
            LineFeatures f = u.f;
            if (spaced && gluedUnderParagraph(page, u)) {
                u.reason = "caption";
                continue;
            }
            // a slideshow's caption under its counters ("1/5 … 5/5") above the text: it describes the picture shown
            if (u.index <= first && slideshowAbove(units, u.index) && !f.endsSentence() && f.words <= 40) {
                u.reason = "photo-caption";
                continue;
            }
            if (u.index < first) {
                // a wire story's key points under its headline ("* Florin jumps, stocks slide"): headlines, not text
                if (u.index > page.titleIndex && !f.endsSentence() && KEY_POINT.matcher(u.text).lookingAt()) u.reason = "key-points";
                else if (f.words <= 4 && f.bare() && f.letters > 0) u.reason = "navigation";
                // above the headline: masthead, edition, site name ("THE IBERIAN OBSERVER — Porto edition"), and its
                // slogan, short sentences though it has ("Your county. Your news.")
                else if (u.index < page.titleIndex && (LineKinds.headlineLike(f) || f.words <= SLOGAN_WORDS)) u.reason = "masthead";
                // a site and its desk set apart by a bar, above the text: "Gulf Post Online | Aviation Desk"
                else if (DateRows.isNameRow(u.text, page.arabic)) u.reason = "masthead";
            } else if (u.index < last) {
                boolean alone = u.blankBefore && u.blankAfter && u.lines.size() == 1;
                boolean headingEnd = f.bare() || (f.ending == LineFeatures.Ending.QUESTION && f.words <= 8);
                if (alone && headingEnd && f.letters > 0 && f.words <= 12 && u.index > first) u.reason = "subheading";
            }
        }
        tail(page, last);
    }

    /**
     * Whether the text sets its paragraphs apart with blank lines: nearly all of its prose lines longer than a
     * caption, three at least (a list's items stand together).
     */
    private static boolean blankSeparated(List<Unit> units) {
        int prose = 0, spaced = 0;
        for (Unit u : units) {
            if (!u.kept() || u.title || !u.f.prose() || u.f.words <= LineKinds.LONG_CAPTION_WORDS || KEY_POINT.matcher(u.text).lookingAt()) continue;
            prose++;
            if (u.blankBefore) spaced++;
        }
        return prose >= 3 && spaced * 10 >= prose * 9;
    }

    /**
     * In a text whose paragraphs stand between blank lines, one short sentence on the line right under a paragraph,
     * with a blank line after it, is what the page set beside the text there: a picture's caption ("HMS Cornwall at
     * Zeebrugge in 2006.", "Margaret Beckett") or a box's heading ("Japan tops the U.S."). A paragraph of the text
     * would stand apart like the others.
     */
    private static boolean gluedUnderParagraph(Page page, Unit u) {
        boolean arabic = page.arabic;
        if (u.index == 0 || u.blankBefore || !u.blankAfter || u.lines.size() != 1) return false;
        // longer, it must read as a caption: an English sentence in the present ("Relatives light candles at the
        // terminal on Tuesday night."); a paragraph's sentence the page broke off reports in the past
        if (u.f.words > LineKinds.CAPTION_WORDS && (arabic || u.f.words > LineKinds.LONG_CAPTION_WORDS || !DatedCaptions.describesAPicture(u.text))) return false;
        // shorter, it must not report: no past ("The town mayor resigned."), no count ("Two people are missing."), no
        // Arabic narration («ولا يزال ثلاثة عشر عاملا في عداد المفقودين.»)
        if (arabic ? DatedCaptions.narratesInArabic(u.text) : DatedCaptions.reports(u.text)) return false;
        Unit above = page.units.get(u.index - 1);
        if (!above.kept() || above.title || !above.blankBefore || !above.f.prose() || !above.f.endsSentence()) return false;
        return !KEY_POINT.matcher(u.text).lookingAt() && LineKinds.sentenceEnds(u.text) <= 1;
    }

    /**
     * A slide counter right above the unit, in a page with two or more: a slideshow. A lone counter, or a page count
     * ("Page 1 of 3"), is no evidence of a picture, and the line under it may be the lede.
     */
    private static boolean slideshowAbove(List<Unit> units, int index) {
        if (index == 0 || !isSlideshowCounter(units.get(index - 1))) return false;
        // a gallery puts a counter over each caption, or all of them over the first: two in the page at least
        int counters = 0;
        for (Unit u : units) if (isSlideshowCounter(u) && ++counters >= 2) return true;
        return false;
    }

    private static boolean isSlideshowCounter(Unit u) {
        return "slide-counter".equals(u.reason) && SLIDESHOW_COUNTER.matcher(u.text).matches();
    }

    /**
     * After the last prose line: a lone short name right after it is the source ("سيريانيوز", "Reuters");
     * further short labels are navigation; two or more headline-like lines in a row are an unmarked list of
     * other stories. A single longer line is kept: it may be a last sentence that lost its full stop.
     */
    private static void tail(Page page, int last) {
        List<Unit> units = page.units;
        boolean first = true;
        for (int k = last + 1; k < units.size(); k++) {
            Unit u = units.get(k);
            if (!u.kept()) { first = false; continue; }
            LineFeatures f = u.f;
            if (first && f.words <= 3 && f.bare() && f.letters > 0) {
                page.meta.putIfAbsent("source", u.text);
                u.reason = "source-line";
            } else if (f.words <= 4 && f.bare() && f.letters > 0) {
                u.reason = "navigation";
            } else if (LineKinds.headlineLike(f) && k + 1 < units.size() && units.get(k + 1).kept() && LineKinds.headlineLike(units.get(k + 1).f)) {
                u.reason = "related-articles";
                units.get(k + 1).reason = "related-articles";
            }
            first = false;
        }
    }

    /**
     * A press release ends with notes to editors, the company's profile, its legal notice and its contacts, each under
     * a heading ("Notes to editors", "About Kestrel Home Appliances", "About the RTWU", "Forward-Looking Statements",
     * "Media contact:", "###"): from the first of them on, the text is the issuer's boilerplate (the ballot's dates,
     * "Photographs are available on request", its phone numbers), not the news.
     */
    static void releaseFooter(Page page) {
        List<Unit> units = page.units;
        int first = page.firstProse();
        if (first < 0) return;
        for (int k = Math.max(first + 1, units.size() / 3); k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.title || u.f.words > 8 || !RELEASE_FOOTER.matcher(u.text).matches()) continue;
            // a release's footer has more than one part; a lone "About Face" is a crosshead of the story
            boolean another = false;
            for (int j = k + 1; j < units.size() && !another; j++) {
                String t = units.get(j).text;
                another = units.get(j).f.words <= 8 && RELEASE_FOOTER.matcher(t).matches() || t.startsWith("SOURCE ");
            }
            if (!another) continue;
            for (int j = k; j < units.size(); j++) if (units.get(j).kept()) units.get(j).reason = "release-boilerplate";
            page.meta.putIfAbsent(Genre.KEY, Genre.RELEASE);
            return;
        }
    }

    private static final Pattern RELEASE_FOOTER = Pattern.compile("(?:About (?:the |us\\b)?(?:\\p{Lu}[\\p{L}&.,'\\-]*\\s?){0,6}"
            + "|Forward[- ]Looking Statements?|Safe Harbou?r Statement|(?i:(?:Media|Press|Investor)(?: Relations)? Contacts?:?|Contacts?:)"
            + "|(?i:Notes? (?:to|for) editors?|Editors'?’?s?'? notes?)|#{3})"
            + "\\s*(?::.*)?");
}
