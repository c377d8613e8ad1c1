package io.khulasa.clean;

import io.khulasa.clean.Layout.Unit;

import java.util.List;
import java.util.regex.Pattern;

/** The title: the given one's line or the headline above the body, its site tagline cut off, and its repeats. */
final class HeadlineFinder {
    private HeadlineFinder() {}

    /**
     * A title suffix that the document itself repeats as furniture — a lone closing "Site Name" line, the last
     * step of a breadcrumb — is the site's name.
     */
    static TitleCleaner.Hints withOwnFurniture(List<Unit> units, TitleCleaner.Hints cluster) {
        java.util.Set<String> own = new java.util.HashSet<>();
        for (int k = 1; k < units.size(); k++) {
            if (k == Page.EDGE_UNITS && units.size() > 2 * Page.EDGE_UNITS) k = units.size() - Page.EDGE_UNITS;
            Unit u = units.get(k);
            if (u.f.words > 6 || u.f.endsSentence()) continue;
            own.add(u.norm());
            if ("breadcrumb".equals(u.reason)) {
                for (String seg : Navigation.CRUMB_SEP.split(u.text)) own.add(TextNormalizer.normalize(seg));
            }
        }
        return seg -> own.contains(seg) || (cluster != null && cluster.knownSite(seg));
    }

    static String findTitle(Page page, String givenTitle, String source, TitleCleaner.Hints hints) {
        List<Unit> units = page.units;
        int firstProse = page.firstProse();
        if (givenTitle != null) {
            String given = givenTitle.strip();
            String clean = given.substring(0, TitleCleaner.titleEnd(given, source, hints)).strip();
            clean = clean.substring(TitleCleaner.titleStart(clean, page.meta.get("site"), source, hints)).strip();
            String nGiven = TextNormalizer.normalize(given), nClean = TextNormalizer.normalize(clean);
            // a live page's og:title carries its label ("LIVE: Recount, Day 3"), its heading says more without it
            String nBare = TextNormalizer.normalize(Genre.withoutLiveLabel(clean));
            for (Unit u : units) {
                if (u.index > firstProse + 1 || u.index > 8) break;
                if (!u.kept() || u.lines.size() != 1) continue;
                int te = TitleCleaner.titleEnd(u.text, source, hints);
                String nMain = TextNormalizer.normalize(u.text.substring(0, te));
                if (u.norm().equals(nGiven) || u.norm().equals(nClean) || nMain.equals(nClean)) {
                    markTitle(page, u, u.norm().equals(nClean) ? u.text.length() : te);
                    break;
                }
                // The page's heading may say more than its og:title ("… failure; 12,500 passengers hit").
                if ((!nClean.isEmpty() && u.norm().startsWith(nClean) || !nBare.isEmpty() && u.norm().startsWith(nBare))
                        && titleEndIfTitleLike(u, source, hints) >= 0) {
                    markTitle(page, u, u.text.length());
                    break;
                }
            }
            return clean.isEmpty() ? null : clean;
        }
        Unit chosen = headline(units, firstProse, source, hints);
        if (chosen == null) chosen = headlineOverDate(units);
        if (chosen == null) return null;
        int te = Math.max(titleEndIfTitleLike(chosen, source, hints), 0);
        if (te == 0) te = chosen.text.length();
        markTitle(page, chosen, te);
        return chosen.text.substring(0, te).strip();
    }

    /**
     * Above the body a scraped page may stack masthead, site name, date and breadcrumb before the headline. The
     * headline is the title-like line of five words or more that a byline follows, else one a date or source
     * line follows; failing both, the first title-like line of five words or more (a site's name rarely has five),
     * else of three, else any. Null when no line before the body looks like a title.
     */
    private static Unit headline(List<Unit> units, int firstProse, String source, TitleCleaner.Hints hints) {
        Unit byline = null, dated = null, belowDate = null, ruled = null, five = null, three = null, first = null;
        int seen = 0, firstRule = -1;
        for (Unit u : units) {
            if (u.index > firstProse || seen >= 6) break;
            if (firstRule < 0 && Layout.isRule(u.text)) firstRule = u.index;
            if (!u.kept()) continue;
            // a menu's one- and two-word items and a header's labelled fields do not use up the lines looked at
            if (u.f.words >= 3 && !Layout.isField(u.text)) seen++;
            if (titleEndIfTitleLike(u, source, hints) < 0) continue;
            if (first == null) first = u;
            if (u.f.words < 3) continue;
            String next = u.index + 1 < units.size() ? units.get(u.index + 1).reason : null;
            if (byline == null && u.f.words >= 5 && "byline".equals(next)) byline = u;
            // a row of the date and the reading time ("Posted on March 12, 2025 by Jo Reed · 4 min read") as well
            boolean underDate = "date-line".equals(next) || "source-line".equals(next) || "dateline".equals(next) || "reading-time".equals(next);
            if (dated == null && u.f.words >= 5 && underDate) dated = u;
            // an agency's text: masthead, slug, number and date above, the headline right over the lede
            String before = u.index > 0 ? units.get(u.index - 1).reason : null;
            if (belowDate == null && u.f.words >= 5 && "date-line".equals(before) && u.index + 1 == firstProse) belowDate = u;
            // or boxed between rules ("=====" above and below it), as agency texts print it
            if (ruled == null && u.f.words >= 5 && isRule(units, u.index - 1) && (isRule(units, u.index + 1) || u.index + 1 == firstProse)) ruled = u;
            if (five == null && u.f.words >= 5) five = u;
            if (three == null) three = u;
        }
        // a headline above the first rule outranks what the rules box (then a standfirst or a notice), unless a
        // header's fields or date lie between them: that line is the agency's masthead, and the boxed one its headline
        if (ruled != null && five != null && five.index < firstRule && !headerBetween(units, five.index, firstRule)
                && !MASTHEAD_TAGLINE.matcher(five.text).find()) ruled = null;
        return byline != null ? byline : dated != null ? dated : ruled != null ? ruled : belowDate != null ? belowDate
                : five != null ? five : three != null ? three : first;
    }

    /** A paper's name with its tagline ("The Millbrook Courier, serving the valley since 1898"): no headline. */
    private static final Pattern MASTHEAD_TAGLINE = Pattern.compile(
            "\\s[|]\\s|\\b(?i:since|est\\.?|founded)\\s+\\d{4}\\b|(?i:,\\s*(?:serving|the voice of|your (?:source|home)|news for))|منذ عام");

    private static boolean headerBetween(List<Unit> units, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (Layout.isField(units.get(k).text) || "date-line".equals(units.get(k).reason)) return true;
        }
        return false;
    }

    private static boolean isRule(List<Unit> units, int index) {
        return index >= 0 && index < units.size() && Layout.isRule(units.get(index).text);
    }

    /** A first line followed directly by a date line is a headline even when it ends with a full stop. */
    private static Unit headlineOverDate(List<Unit> units) {
        for (int k = 0; k + 1 < units.size() && k < 3; k++) {
            Unit u = units.get(k);
            if (!u.kept()) continue;
            boolean next = "date-line".equals(units.get(k + 1).reason);
            return next && u.lines.size() == 1 && u.f.words <= 20 ? u : null;
        }
        return null;
    }

    /** The end of the title proper if the unit looks like a title (short, one line, not ending a sentence), else -1. */
    private static int titleEndIfTitleLike(Unit u, String source, TitleCleaner.Hints hints) {
        if (u.lines.size() > 2 || u.f.words > 40) return -1; // a long headline may wrap once in a hard-wrapped text
        int te = TitleCleaner.titleEnd(u.text, source, hints);
        String main = u.text.substring(0, te);
        LineFeatures m = LineFeatures.of(main);
        if (m.letters == 0 || m.words > 25 || main.length() > 250) return -1;
        boolean endsAbbrev = main.matches("(?s).*\\b(?:\\p{Lu}\\.){2,}$");          // "… in the U.S."
        boolean ok = m.ending == LineFeatures.Ending.NONE || m.ending == LineFeatures.Ending.QUESTION
                || m.ending == LineFeatures.Ending.ELLIPSIS || main.endsWith("!") || endsAbbrev;
        return ok ? te : -1;
    }

    private static void markTitle(Page page, Unit u, int te) {
        u.title = true;
        page.titleIndex = u.index;
        if (te < u.text.length()) {
            u.keepEnd = u.start + u.text.substring(0, te).stripTrailing().length();
            int tailStart = te;
            while (tailStart < u.text.length() && !Character.isLetterOrDigit(u.text.charAt(tailStart))) tailStart++;
            if (tailStart < u.text.length()) {
                String tail = u.text.substring(tailStart);
                u.cut(new DroppedLine(tail, "site-tagline", u.start + tailStart, u.end));
                page.meta.putIfAbsent("site", tail);
            }
        }
    }

    static void duplicateTitles(Page page, String title) {
        List<Unit> units = page.units;
        int titleIndex = page.titleIndex;
        String nt = TextNormalizer.normalize(title);
        // the heading line may say more than the title ("… – live updates"); its repeats are repeats too
        String line = titleIndex >= 0 ? units.get(titleIndex).norm() : nt;
        for (Unit u : units) {
            if (u.title || !u.kept() || u.f.words > 40) continue;
            if (u.norm().equals(nt) || u.norm().equals(line)) u.reason = "duplicate-title";
        }
    }
}
