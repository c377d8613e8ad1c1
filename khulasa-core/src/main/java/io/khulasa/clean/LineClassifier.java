package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.List;
import java.util.Map;

/**
 * Decides, for the units of one document, which are furniture and why. Three passes:
 * <ol>
 *   <li>what a line is on its own — slide counter, date, breadcrumb, a prompt or marker, byline, credit —
 *       judged only for short lines that do not read as prose ({@link LineKinds}, with {@link DateRows},
 *       {@link Navigation}, {@link Credits}; a live page's entries, {@link LiveEntries});</li>
 *   <li>the title (first title-like line, tagline cut off) and its repeats ({@link HeadlineFinder}), and the lines
 *       under a "related"/"most read" marker up to where prose resumes, with the page's other boxes
 *       ({@link Boxes}), its consent banner and paywall ({@link Gates}) and its genre's labels ({@link GenreMarks});</li>
 *   <li>position: short unpunctuated lines before the first prose line (navigation) or after the last one
 *       (a lone site name is the source line), and one-line paragraphs inside the body (subheadings)
 *       ({@link PositionalPasses}); then the first paragraph's dateline ({@link Datelines}), a live entry's time
 *       stamp and a transcript's labels ({@link Transcripts}).</li>
 * </ol>
 * This class runs the passes in order over one {@link Page}, which holds what they share.
 * The default is to keep: every rule needs the line to be short and not to end like a sentence, so the cost of
 * a miss is a little furniture, never a lost sentence. Facts found on the way (byline, source, dateline, date,
 * site) go to the metadata map.
 */
final class LineClassifier {
    private final String text;
    private final Page page;

    LineClassifier(String text, List<Unit> units, boolean arabic, Map<String, String> meta) {
        this.text = text;
        this.page = new Page(units, arabic, meta);
    }

    /** Runs all passes; returns the cleaned title (given or found), or null. */
    String classify(String givenTitle, String source, TitleCleaner.Hints hints) {
        List<Unit> units = page.units;
        int n = units.size();
        Unit previous = null;
        boolean dayFirst = LiveEntries.stampsDayFirst(units);
        for (Unit u : units) {
            // furniture sits at the head and tail; in a giant document the middle is not worth a look per line
            boolean inReach = u.index < Page.EDGE_UNITS || u.index >= n - Page.EDGE_UNITS;
            boolean stamped = previous != null && LiveEntries.timeStamp(previous.text, dayFirst);
            previous = u;
            if (LiveEntries.matchMinute(u.text)) u.reason = "match-commentary";
            else if (inReach && LiveEntries.timeStamp(u.text, dayFirst)) u.reason = "time-stamp";
            else if (inReach && LiveEntries.entryHeading(page, u, stamped) && LiveEntries.textUnder(page, u)) u.reason = "entry-heading";
            else if (inReach && u.f.words <= LineKinds.EDITORS_NOTE_WORDS && LineKinds.opensEditorsNote(u.text)) {
                // a note that moves the story as a sidebar says it is background, not the news
                if (Genre.isSidebarNote(u.text)) page.meta.putIfAbsent(Genre.KEY, Genre.BACKGROUND);
                u.reason = "editor-note";
            }
            // a live page's key-points bar flattened to one line: "Key points: Polls closed at 8 p.m. | Berend leads early count"
            else if (inReach && u.f.words <= 40 && u.text.indexOf('|') > 0 && LineKinds.KEY_POINTS_BAR.matcher(u.text).lookingAt()) u.reason = "key-points";
            // a podcast's promotion, its blurb and its offer in one paragraph
            else if (inReach && u.f.words <= LineKinds.PROMO_WORDS && LineKinds.PODCAST_PROMO.matcher(u.text).find() && !LineKinds.saying(u.text)) u.reason = "podcast-promo";
            else if (inReach && u.f.words <= LineKinds.SHORT_WORDS && u.f.chars <= 300) u.reason = LineKinds.intrinsic(page, u);
        }
        Gates.consentBanner(page);
        Boxes.captionsUnderCredits(page);
        Boxes.tables(page);
        Boxes.timelines(page);
        Boxes.newsletterBoxes(page);
        Boxes.sponsoredLinks(page);
        Boxes.relatedBlocks(page);
        Boxes.keyPointBoxes(page);
        String title = HeadlineFinder.findTitle(page, givenTitle, source, HeadlineFinder.withOwnFurniture(units, hints));
        if (title != null) HeadlineFinder.duplicateTitles(page, title);
        GenreMarks.opinionLabel(page);
        GenreMarks.forumThread(page);
        PositionalPasses.positional(page);
        Gates.cutOffSentences(page);
        PositionalPasses.releaseFooter(page);
        Datelines.datelinePrefix(page);
        LiveEntries.timeStamps(page);
        Transcripts.transcriptTurns(page);
        return title;
    }
}
