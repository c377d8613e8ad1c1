package io.khulasa.clean;

import io.khulasa.Article;
import io.khulasa.clean.Layout.Line;
import io.khulasa.clean.Layout.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the scraped furniture around news articles, cluster by cluster.
 *
 * <p>Per document: HTML is reduced to its main text ({@link HtmlMainText}); the text is cut into lines and
 * units ({@link Layout}); {@link LineClassifier} finds the title, cuts its site tagline and drops furniture by
 * line features. Across the cluster: a document that repeats an earlier one ({@link DuplicateArticles}) keeps no
 * blocks and reports its whole text as dropped with reason {@code duplicate-article:<first id>}; furniture-shaped
 * lines found in several documents are dropped as {@code repeated-across-documents} ({@link CrossDocumentRepeats}).
 *
 * <p>Offsets in blocks and dropped lines are into {@link CleanedDocument#text()}: the text exactly as decoded for
 * plain text and JSON Lines, the extracted main text for HTML. A kept block's {@code paragraphStart} is true after
 * a blank line, at the first kept block, and after a dropped line (what stood between is gone, so a sentence must
 * not be joined across it).
 */
public final class ArticleCleaner {

    /** Cleans the articles of one cluster; lines repeated across its documents count as furniture. */
    public List<CleanedDocument> clean(List<Article> articles) {
        int n = articles.size();
        List<String> texts = new ArrayList<>(n);
        List<String> givenTitles = new ArrayList<>(n);
        List<Map<String, String>> metas = new ArrayList<>(n);
        String[] published = new String[n];
        for (Article a : articles) {
            Map<String, String> meta = new LinkedHashMap<>();
            if (a.html() != null) {
                HtmlMainText.Extracted x = HtmlMainText.extract(a.html(), a.url());
                if (x.genre() != null) meta.put(Genre.KEY, x.genre());
                published[metas.size()] = x.published();
                if (x.modified() != null) meta.put(UPDATED, x.modified());
                if (x.standfirst() != null) meta.put("standfirst", x.standfirst());
                texts.add(x.text());
                givenTitles.add(a.title() != null ? a.title() : x.title());
                if (x.site() != null) meta.put("site", x.site());
                if (x.author() != null) meta.put("byline", x.author());
            } else {
                texts.add(a.text());
                givenTitles.add(a.title());
            }
            if (a.source() != null) meta.put("source", a.source());
            if (Genre.isOpinionUrl(a.url()) || Genre.isOpinionTitle(a.title())) {
                meta.put(Genre.KEY, Genre.OPINION);
            }
            metas.add(meta);
        }

        List<List<Unit>> units = new ArrayList<>(n);
        for (String t : texts) units.add(Layout.units(t));
        TitleCleaner.Hints hints = siteHints(units, givenTitles);

        String[] titles = new String[n];
        boolean[] arabicText = new boolean[n];
        for (int d = 0; d < n; d++) {
            boolean arabic = arabicText[d] = isArabic(texts.get(d));
            LineClassifier c = new LineClassifier(texts.get(d), units.get(d), arabic, metas.get(d));
            titles[d] = TitleCleaner.withoutWirePrefix(c.classify(givenTitles.get(d), articles.get(d).source(), hints));
            if (Genre.isLiveTitle(givenTitles.get(d)) || Genre.isLiveTitle(titles[d])) metas.get(d).putIfAbsent(Genre.KEY, Genre.LIVE);
            if (Genre.isExplainerTitle(titles[d])) metas.get(d).putIfAbsent(Genre.KEY, Genre.EXPLAINER);
            if (Genre.isAnalysis(titles[d], keptText(units.get(d)))) metas.get(d).putIfAbsent(Genre.KEY, Genre.ANALYSIS);
            published[d] = published(articles.get(d).published(), published[d], metas.get(d).get("date"), arabic);
        }
        yearsFromTheCluster(published, metas);
        clockOfTheCluster(published);
        for (int d = 0; d < n; d++) {
            java.time.Instant at = PublicationDate.instant(published[d]);
            if (at != null) DatedCaptions.drop(units.get(d), at.atZone(java.time.ZoneOffset.UTC).getYear(), !arabicText[d]);
        }
        headlinesOfOthers(units, titles);
        int[] duplicateOf = new int[n];
        java.util.Arrays.fill(duplicateOf, -1);
        if (n > 1) { // both need a second document to compare with
            duplicateOf = DuplicateArticles.find(units);
            CrossDocumentRepeats.drop(units, duplicateOf);
        }

        List<CleanedDocument> out = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            Article a = articles.get(d);
            String text = texts.get(d);
            List<TextBlock> blocks = new ArrayList<>();
            List<DroppedLine> dropped = new ArrayList<>();
            if (duplicateOf[d] >= 0) {
                dropped.add(wholeText(text, "duplicate-article:" + articles.get(duplicateOf[d]).id()));
            } else {
                assemble(text, units.get(d), blocks, dropped);
            }
            out.add(new CleanedDocument(a.id(), text, titles[d], blocks, dropped, metas.get(d), a.url(), published[d]));
        }
        return out;
    }

    /** How far from the cluster's other dates a dateline's day may fall once given their year. */
    private static final java.time.Duration YEAR_REACH = java.time.Duration.ofDays(60);

    /**
     * A wire's dateline may give the day without the year ("NEW YORK, March 2 (Reuters) -"); an article with no
     * other date takes the year that puts that day nearest the cluster's dated articles, when one puts it within
     * two months of them: the story is told over days, not years.
     */
    private static void yearsFromTheCluster(String[] published, List<Map<String, String>> metas) {
        List<java.time.Instant> dated = new ArrayList<>();
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        for (String p : published) {
            java.time.Instant t = PublicationDate.instant(p);
            if (t == null) continue;
            dated.add(t);
            int y = t.atZone(java.time.ZoneOffset.UTC).getYear();
            years.add(y - 1); years.add(y); years.add(y + 1);
        }
        if (dated.isEmpty()) return;
        dated.sort(null);
        Map<String, String> known = new java.util.HashMap<>(); // one answer per day: a batch repeats its datelines
        for (int d = 0; d < published.length; d++) {
            String day = metas.get(d).get(Datelines.DATELINE_DAY);
            if (published[d] != null || day == null) continue;
            published[d] = known.computeIfAbsent(day, k -> nearestYear(k, years, dated));
        }
    }

    /**
     * A time given without its zone ("Tuesday, March 11, 2025 9:00 p.m.") is its page's local clock, and would be read
     * as UTC, hours off the zoned times of the cluster's other pages. When most of those give one offset, the story
     * is told on that clock: the local time takes it. UTC is no one's clock here: feeds and servers give it.
     */
    private static void clockOfTheCluster(String[] published) {
        Map<java.time.ZoneOffset, Integer> offsets = new HashMap<>();
        int zoned = 0;
        for (String p : published) {
            java.time.OffsetDateTime t = PublicationDate.zoned(p);
            if (t == null || t.getOffset().equals(java.time.ZoneOffset.UTC)) continue;
            offsets.merge(t.getOffset(), 1, Integer::sum);
            zoned++;
        }
        java.time.ZoneOffset clock = null;
        for (Map.Entry<java.time.ZoneOffset, Integer> e : offsets.entrySet()) if (2 * e.getValue() > zoned) clock = e.getKey();
        if (clock == null) return;
        for (int d = 0; d < published.length; d++) {
            java.time.LocalDateTime local = PublicationDate.local(published[d]);
            if (local != null) published[d] = local.atOffset(clock).toString();
        }
    }

    /** The day in the year that puts it nearest one of the {@code dated} (sorted), within {@link #YEAR_REACH}; else null. */
    private static String nearestYear(String day, java.util.Set<Integer> years, List<java.time.Instant> dated) {
        String best = null;
        java.time.Duration nearest = YEAR_REACH;
        for (int y : years) {
            String iso = PublicationDate.parseInYear(day, y);
            java.time.Instant at = PublicationDate.instant(iso);
            if (at == null) continue;
            int k = java.util.Collections.binarySearch(dated, at);
            int i = k >= 0 ? k : -k - 1;
            for (int j = Math.max(0, i - 1); j <= Math.min(dated.size() - 1, i); j++) {
                java.time.Duration gap = java.time.Duration.between(at, dated.get(j)).abs();
                if (gap.compareTo(nearest) <= 0) { nearest = gap; best = iso; }
            }
        }
        return best;
    }

    /** The lines the classifier kept: a prompt's question ("What do you think?") asks nothing of the story. */
    private static String keptText(List<Unit> units) {
        StringBuilder b = new StringBuilder();
        for (Unit u : units) if (u.kept()) b.append(u.text).append('\n');
        return b.toString();
    }

    /** Metadata key of the time a page was last updated (ISO 8601), when it says. */
    public static final String UPDATED = "updated";
    /** US time zones in a date line: its numeric dates are month first ("08/12/2026 6:42 PM PDT"). */
    private static final java.util.regex.Pattern US_ZONE = java.util.regex.Pattern.compile("\\b[ECMP][SD]?T\\b");

    /**
     * The publication date: the one given with the article (as ISO 8601 when it can be read, else as given), else
     * the page's metadata, else its date line.
     */
    private static String published(String given, String inMetadata, String dateLine, boolean arabic) {
        if (given != null && !given.isBlank()) {
            String iso = PublicationDate.epoch(given);
            if (iso == null) iso = PublicationDate.parse(given, false);
            return iso != null ? iso : given.strip();
        }
        if (inMetadata != null) return inMetadata;
        return dateLine == null ? null : PublicationDate.parse(dateLine, !arabic && US_ZONE.matcher(dateLine).find());
    }

    private static void assemble(String text, List<Unit> units, List<TextBlock> blocks, List<DroppedLine> dropped) {
        boolean lastDropped = false;
        for (Unit u : units) {
            dropped.addAll(u.cut);
            for (Line l : u.lines) {
                if (!u.kept()) {
                    dropped.add(new DroppedLine(text.substring(l.start(), l.end()), u.reason, l.start(), l.end()));
                    lastDropped = true;
                    continue;
                }
                int s = Math.max(l.start(), u.keepStart), e = Math.min(l.end(), u.keepEnd);
                while (s < e && Layout.isSpace(text.charAt(s))) s++;
                while (e > s && Layout.isSpace(text.charAt(e - 1))) e--;
                if (s >= e) continue;
                boolean para = l.blankBefore() || blocks.isEmpty() || lastDropped || s > l.start();
                blocks.add(new TextBlock(s, e, para, u.title));
                lastDropped = false;
            }
        }
        dropped.sort(Comparator.comparingInt(DroppedLine::start));
    }

    private static DroppedLine wholeText(String text, String reason) {
        int s = 0, e = text.length();
        while (s < e && Layout.isSpace(text.charAt(s))) s++;
        while (e > s && Layout.isSpace(text.charAt(e - 1))) e--;
        return new DroppedLine(text.substring(s, e), reason, s, e);
    }

    /** Arabic when Arabic letters outnumber Latin ones (the first 200,000 characters are plenty to tell). */
    static boolean isArabic(String text) {
        int ar = 0, la = 0;
        int n = Math.min(text.length(), 200_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF) ar++;
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) la++;
        }
        return ar > la;
    }

    /**
     * A line that is another document's title, above this one's body, is a headline this page shows too (an
     * aggregator's copy under its own masthead): furniture here, whatever was taken for this page's title.
     */
    private static void headlinesOfOthers(List<List<Unit>> units, String[] titles) {
        Map<String, Integer> titleOf = new HashMap<>();
        for (int d = 0; d < titles.length; d++) {
            if (titles[d] != null) titleOf.putIfAbsent(TextNormalizer.normalize(titles[d]), d);
        }
        for (int d = 0; d < units.size(); d++) {
            for (Unit u : units.get(d)) {
                if (u.f.prose()) break; // only the lines above the body
                Integer other = titleOf.get(u.norm());
                if (u.kept() && !u.title && other != null && other != d) u.reason = "duplicate-title";
            }
        }
    }

    /** Segments that end the first line (or the given title) of two or more documents: the cluster's site names. */
    private static TitleCleaner.Hints siteHints(List<List<Unit>> units, List<String> givenTitles) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int d = 0; d < units.size(); d++) {
            List<String> lines = new ArrayList<>();
            if (givenTitles.get(d) != null) lines.add(givenTitles.get(d));
            if (!units.get(d).isEmpty()) lines.add(units.get(d).get(0).text);
            for (String l : lines) {
                if (l.length() > 300) continue;
                for (String seg : TitleCleaner.trailingSegments(l)) seen.computeIfAbsent(seg, k -> new HashSet<>()).add(d);
            }
        }
        Set<String> sites = new HashSet<>();
        seen.forEach((seg, docs) -> { if (docs.size() >= 2) sites.add(seg); });
        return sites::contains;
    }
}
