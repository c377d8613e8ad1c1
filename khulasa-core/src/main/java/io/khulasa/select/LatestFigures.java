package io.khulasa.select;

import io.khulasa.Budget;
import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;
import io.khulasa.clean.CleanedDocument;
import io.khulasa.clean.DroppedLine;
import io.khulasa.clean.Genre;
import io.khulasa.clean.PublicationDate;
import io.khulasa.order.SentenceOrderer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's figures change while it is told: the death toll rises, the burnt area grows, a fund is enlarged,
 * and each outlet reports the figure of its hour; a summary that gives an earlier one is out of date. So, after
 * a method has chosen, a chosen sentence gives its place to a {@linkplain #newer newer} sentence that reports a
 * higher death toll, or another figure for something it {@linkplain Measures measures} ("8,900 acres" →
 * "14,200 acres", «5 مليارات دولار» → «8 مليارات دولار»), provided the newcomer repeats nothing else chosen in
 * words. Higher tolls are tried first, the highest first; then the newest articles. Chosen sentences that only
 * give older figures of what the newcomer reports (the injured, the missing, the same measure) go with it; when
 * the newcomer is too long for the budget left, the weakest other chosen sentences give way too. The newcomer
 * keeps the score of the place it takes. Within one article figures are told together and none replaces another,
 * except a later paragraph's higher toll given as risen (an article updated in place: "by the evening the toll had
 * risen to seven"). A death toll is as old as its first report: a follow-up that tells the first day's toll again in
 * its background does not make it newer than the evening's update. {@link Redundancy} already keeps a summary to one
 * figure of each kind.
 */
final class LatestFigures implements Summarizer {
    private final Summarizer method;

    LatestFigures(Summarizer method) {
        this.method = method;
    }

    @Override public String name() { return method.name(); }

    @Override public String description() { return method.description(); }

    /** What a sentence reports that can go out of date. */
    private record Figures(int deaths, int hurt, int rescued, int arrested, boolean wider, Measures.Reading measures) {
        static Figures of(Sentence s) {
            return of(CasualtyCounts.read(s.text()), Measures.reading(s.text()));
        }

        static Figures of(CasualtyCounts.Toll t, Measures.Reading m) {
            return new Figures(t.deaths(), t.hurt(), t.rescued(), t.arrested(), t.wider(), m);
        }

        boolean anyCount() { return deaths > 0 || hurt > 0 || rescued > 0 || arrested > 0; }

        boolean any() { return anyCount() || !measures.isEmpty(); }

        /**
         * True when {@code other} gives a higher death toll than this one's, or the same or no lower one with
         * more injured (or infected): «215 إصابة» → «340 إصابة» while the dead stay five.
         */
        boolean tollUpdatedBy(Figures other) {
            if (deaths > 0 && other.deaths > deaths) return true;
            // the rescued grow as the injured do: "223 rescued" → "228 have been rescued"
            if (rescued > 1 && other.rescued > rescued && other.deaths >= deaths) return true;
            if (arrested > 1 && other.arrested > arrested && other.deaths >= deaths) return true;
            return hurt > 1 && other.hurt > hurt && other.deaths >= deaths;
        }

        /**
         * What this sentence measures for which {@code other} (another article's) gives as an update ("rose to",
         * «ارتفع إلى») another figure; whether they measure one thing is {@link Redundancy#oneMeasure}'s to say.
         */
        Set<String> measuresUpdatedBy(Figures other) {
            return measures.updatedBy(other.measures);
        }
    }

    /**
     * When each sentence was written: its article's date ({@link CleanedDocument#asOf}), except on a
     * live page, whose last update dates only its newest entry: a sentence under an entry's time stamp that gives its
     * day ("6:00 a.m. Tue, March 11") dates from that stamp, and on a page written newest first, one below its second
     * stamp dates from no later than the page's start ("Two people were killed…", the first night's entry).
     */
    static final class ReportDates {
        private final Instant[] page, start;
        private final int[] olderFrom; // per document: offset of the second time stamp of a newest-first page, or -1
        private final int[][] stampAt;       // per document: offsets of its live entries' dated stamps, ascending
        private final Instant[][] stampDate; // and their moments

        ReportDates(AnalyzedCluster cluster) {
            int n = cluster.documents().size();
            page = new Instant[n];
            start = new Instant[n];
            olderFrom = new int[n];
            stampAt = new int[n][];
            stampDate = new Instant[n][];
            for (int d = 0; d < n; d++) {
                CleanedDocument doc = cluster.documents().get(d).cleaned();
                page[d] = doc.asOf();
                start[d] = PublicationDate.instant(doc.published());
                olderFrom[d] = -1;
                List<Integer> offsets = new ArrayList<>();
                List<Instant> dates = new ArrayList<>();
                if (Genre.LIVE.equals(doc.metadata().get(Genre.KEY))) {
                    int stamps = 0;
                    boolean newestFirst = SentenceOrderer.newestFirst(doc);
                    for (DroppedLine l : doc.dropped()) { // in text order
                        if (!"time-stamp".equals(l.reason())) continue;
                        if (++stamps == 2 && newestFirst) olderFrom[d] = l.start();
                        Instant at = stampDate(l.text(), page[d], doc.published());
                        if (at != null) { offsets.add(l.start()); dates.add(at); }
                    }
                }
                stampAt[d] = offsets.stream().mapToInt(Integer::intValue).toArray();
                stampDate[d] = dates.toArray(Instant[]::new);
            }
        }

        /** A stamp's moment when it gives its day ("6:00 a.m. Tue, March 11": the page's year and zone complete it). */
        private static Instant stampDate(String stamp, Instant page, String published) {
            String iso = PublicationDate.parse(stamp, false); // day first, as the cleaner reads dates
            if (iso == null && page != null) {
                iso = PublicationDate.parseInYear(stamp, page.atZone(ZoneOffset.UTC).getYear());
            }
            if (iso == null || iso.length() < 16) return null; // a day without its time says too little
            // a clock without its zone is the page's: the zone of its date completes it
            LocalDateTime local = PublicationDate.local(iso);
            OffsetDateTime zoned = PublicationDate.zoned(published);
            if (local != null && zoned != null) return local.atOffset(zoned.getOffset()).toInstant();
            return PublicationDate.instant(iso);
        }

        Instant of(Sentence s) {
            int d = s.document();
            // the entry a sentence belongs to is under the last stamp before it
            for (int k = stampAt[d].length - 1; k >= 0; k--) if (stampAt[d][k] <= s.start()) return stampDate[d][k];
            return olderFrom[d] >= 0 && s.start() >= olderFrom[d] && start[d] != null ? start[d] : page[d];
        }
    }

    @Override
    public List<Selected> select(AnalyzedCluster cluster, Budget budget) {
        List<Selected> chosen = new ArrayList<>(method.select(cluster, budget));
        List<Figures> figures = new ArrayList<>();
        for (Selected s : chosen) figures.add(Figures.of(s.sentence()));
        if (figures.stream().noneMatch(Figures::any)) return chosen; // the common case costs a look at the chosen only

        List<Sentence> sentences = cluster.sentences();
        // Candidates: sentences with a toll (when one is chosen) or with a measure given as an update (when a chosen
        // sentence measures anything); a cheap look at the text first spares the rest.
        boolean tolls = figures.stream().anyMatch(Figures::anyCount);
        boolean measured = figures.stream().anyMatch(f -> !f.measures().isEmpty());
        List<Integer> later = new ArrayList<>();
        Map<Integer, Figures> candidateFigures = new HashMap<>();
        ReportDates dates = new ReportDates(cluster); // read once: a comparator asks often
        Map<Integer, Instant> firstReport = new HashMap<>(); // a death toll's earliest report
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            CasualtyCounts.Toll toll = tolls ? CasualtyCounts.read(text) : CasualtyCounts.NO_TOLL;
            int deaths = toll.deaths();
            boolean wider = toll.wider();
            if (deaths > 0 && !wider) {
                Instant at = dates.of(sentences.get(i));
                if (at != null) firstReport.merge(deaths, at, (x, y) -> x.isBefore(y) ? x : y);
            }
            Measures.Reading m = measured && Measures.mayGiveUpdate(text) ? Measures.reading(text) : Measures.Reading.NONE;
            if ((deaths > 0 || toll.hurt() > 1 || toll.rescued() > 1 || toll.arrested() > 1 || !m.updated().isEmpty())
                    && Candidates.accept(sentences.get(i), sentences)) {
                later.add(i);
                candidateFigures.put(i, Figures.of(toll, m));
            }
        }
        // Highest toll first; then one given as an update; then the newest article (undated last); then input order.
        // Of one toll, a sentence that gives it as an update ("raising the death toll to five") is about it; another
        // only mentions it ("shares fell … after the derailment, which has killed five people").
        Set<Integer> asUpdate = new HashSet<>(); // read once: the sort and each replacement ask
        for (int i : later) if (CasualtyCounts.reportsUpdate(sentences.get(i).text())) asUpdate.add(i);
        later.sort(Comparator.<Integer>comparingInt(i -> -candidateFigures.get(i).deaths())
                .thenComparing(i -> !asUpdate.contains(i))
                .thenComparing(i -> dates.of(sentences.get(i)), Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                .thenComparingInt(i -> i));
        Redundancy redundancy = null;
        List<Figures> replaced = new ArrayList<>(); // the older figures given way
        for (int k = 0; k < chosen.size(); k++) {
            if (!figures.get(k).any()) continue;
            Selected old = chosen.get(k);
            for (int x : later) {
                Sentence s = sentences.get(x);
                Figures f = figures.get(k), newcomer = candidateFigures.get(x);
                // one article tells its figures together ("37 new cases this week … 1,248 in all"): none is out of date,
                // unless a later paragraph gives a higher toll as risen, as an article updated in place does
                boolean sameArticle = s.document() == old.sentence().document();
                if (sameArticle && !(s.position() > old.sentence().position() && newcomer.deaths() > f.deaths()
                        && f.deaths() > 0 && asUpdate.contains(x))) continue;
                Set<String> things = f.measuresUpdatedBy(newcomer);
                // a year's or a country's count, or another year's event, updates no story's toll
                boolean tollUpdate = f.tollUpdatedBy(newcomer) && !newcomer.wider();
                if (things.isEmpty() && !tollUpdate) continue;
                if (redundancy == null) redundancy = new Redundancy(TermVectors.of(cluster));
                boolean measure = !things.isEmpty() && redundancy.oneMeasure(things, cluster.indexOf(old.sentence()), x);
                if (!measure && !tollUpdate) continue;
                // a measure is only ever updated by a figure given as one
                boolean givenAsUpdate = measure || asUpdate.contains(x);
                // and when the chosen figure is given as one too ("are now working"), an undated article cannot say which is later
                boolean oldAsUpdate = measure ? things.stream().anyMatch(f.measures().updated()::contains)
                        : CasualtyCounts.reportsUpdate(old.sentence().text());
                // a toll told again in a later article's background is as old as its first report
                Instant oldDate = dates.of(old.sentence());
                if (tollUpdate && !measure) oldDate = earlier(oldDate, firstReport.get(f.deaths()));
                if (contains(chosen, s) || !sameArticle && !newer(dates.of(s), oldDate, givenAsUpdate && !oldAsUpdate)) continue;
                // Another chosen sentence that only gives what the newcomer gives anew (the missing, the injured,
                // the same measure, or the very figure replaced: "14 people had been taken to hospital") is an older
                // figure too and goes; one it repeats in words keeps the newcomer out.
                List<Selected> swapped = new ArrayList<>(chosen);
                swapped.set(k, new Selected(s, old.score()));
                boolean blocked = false;
                for (int j = swapped.size() - 1; j >= 0 && !blocked; j--) {
                    if (j == k) continue;
                    int other = cluster.indexOf(swapped.get(j).sentence());
                    // or one the newcomer says again in words with all its figures ("… 24.30, its lowest ever" under
                    // "closed at 22.90, against 24.30 on Sunday")
                    boolean oldFigure = givesOldFigure(swapped.get(j).sentence(), f) || saysAgain(redundancy, x, other);
                    // the same fact in other words, whoever told it: a source both name is no fact they share
                    if (redundancy.sameWords(x, other) && redundancy.sameContent(x, other) && !oldFigure) blocked = true;
                    else if (oldFigure || redundancy.sameFigure(x, other)) swapped.remove(j);
                }
                if (blocked) continue;
                int at = 0;
                while (swapped.get(at).sentence() != s) at++;
                // Too long for what is left: the weakest other sentences give way, last chosen first. The latest
                // figure is worth more than the last facts chosen.
                for (int w = swapped.size() - 1; w >= 0 && cost(swapped, budget) > budget.limit(); w--) {
                    if (w == at) continue;
                    swapped.remove(w);
                    if (w < at) at--;
                }
                if (cost(swapped, budget) > budget.limit()) continue;
                chosen = swapped;
                replaced.add(f);
                figures = new ArrayList<>();
                for (Selected c : chosen) figures.add(Figures.of(c.sentence()));
                k = at;
                break;
            }
        }
        return replaced.isEmpty() ? chosen : fill(chosen, replaced, cluster, redundancy, budget);
    }

    /**
     * Room left once older figures went: filled with the best sentences by the default method's score that fit,
     * repeat nothing chosen and give none of the figures that went ("By early afternoon police had made 12 arrests")
     * (the wrapped method's own ranking is not at hand). They take the lowest chosen score.
     */
    private static List<Selected> fill(List<Selected> chosen, List<Figures> replaced, AnalyzedCluster cluster,
                                       Redundancy redundancy, Budget budget) {
        List<Sentence> sentences = cluster.sentences();
        if (chosen.isEmpty() || cost(chosen, budget) >= budget.limit()) return chosen;
        List<Selected> out = new ArrayList<>(chosen);
        List<Integer> taken = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        for (Selected c : out) { taken.add(cluster.indexOf(c.sentence())); lowest = Math.min(lowest, c.score()); }
        double[] closeness = CentroidSummarizer.scores(cluster, redundancy.vectors());
        Integer[] order = new Integer[sentences.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -closeness[i]).thenComparingInt(i -> i));
        int used = cost(out, budget);
        for (int i : order) {
            Sentence s = sentences.get(i);
            if (taken.contains(i)) continue;
            int added = budget.addCost(budget.cost(s.text()), out.size());
            // the budget first: it is cheap, and most sentences do not fit the room left
            if (used + added > budget.limit() || !Candidates.accept(s, sentences) || redundancy.repeats(i, taken)
                    || replaced.stream().anyMatch(f -> givesOldFigure(s, f))) continue;
            out.add(new Selected(s, lowest));
            taken.add(i);
            used += added;
            if (used >= budget.limit()) break;
        }
        return out;
    }

    /**
     * Whether a sentence of an article dated {@code a} reports a later figure than one of an article dated
     * {@code b}: {@code a} is later, or, when either article is undated, it gives its figure as an update ("rose to", "ارتفعت الحصيلة إلى", "was raised to")
     * and the other does not. A higher figure alone may be an early estimate revised down, or a wider area's count.
     */
    private static boolean newer(Instant a, Instant b, boolean givenAsUpdate) {
        if (a != null && b != null) return a.isAfter(b);
        return givenAsUpdate;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b == null || a.isBefore(b) ? a : b;
    }

    /**
     * Whether {@code s} gives the replaced sentence's toll or count of the injured (10 or more), in digits: the
     * older figure again, whatever else it says (a sentence that also says more goes too).
     */
    private static boolean givesOldFigure(Sentence s, Figures replaced) {
        Set<Double> figures = Measures.figures(s.text());
        return replaced.deaths() >= 10 && figures.contains((double) replaced.deaths())
                || replaced.hurt() >= 10 && figures.contains((double) replaced.hurt())
                || replaced.rescued() >= 10 && figures.contains((double) replaced.rescued())
                || replaced.arrested() >= 10 && figures.contains((double) replaced.arrested());
    }

    /**
     * Whether {@code newcomer} gives every figure {@code chosen} gives (one at least); with its words ({@link
     * Redundancy#containsWordsOf}) it says it again. The figures alone do not: "A 7.2-magnitude earthquake struck …
     * at dawn, flattening fishing villages" is not said again by "The death toll from the 7.2-magnitude earthquake rose to 112".
     */
    private static boolean saysAgain(Redundancy redundancy, int newcomer, int chosen) {
        Set<Double> theirs = redundancy.figures(chosen);
        return !theirs.isEmpty() && redundancy.figures(newcomer).containsAll(theirs) && redundancy.containsWordsOf(newcomer, chosen);
    }

    /** What {@code chosen} costs as one summary, separators included. */
    private static int cost(List<Selected> chosen, Budget budget) {
        int used = 0;
        for (int k = 0; k < chosen.size(); k++) used += budget.addCost(budget.cost(chosen.get(k).sentence().text()), k);
        return used;
    }

    private static boolean contains(List<Selected> chosen, Sentence s) {
        for (Selected c : chosen) if (c.sentence() == s) return true;
        return false;
    }
}
