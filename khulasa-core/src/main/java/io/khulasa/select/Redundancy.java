package io.khulasa.select;

import io.khulasa.clean.Genre;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells whether a sentence states a fact already in the summary. Outlets copy wire copy with small edits,
 * so two sentences are one fact when their TF-IDF cosine is high, or when most of the shorter one's
 * content terms (compared by {@linkplain TermVectors#rootIds root}) are found in the other, or when they
 * report the same {@linkplain CasualtyCounts casualty count} ("four people died" / "the toll rose to four"),
 * or both count the dead, the injured or the missing (the story's toll, counted at two moments), or two
 * articles give figures for one {@linkplain Measures measured thing} ("8,900 acres" / "14,200 acres"), or share
 * two specific figures ("51.8% to 48.2%"), or one figure roughly ("more than 350" / "353").
 */
public final class Redundancy {
    /** Cosine similarity above which two articles' sentences state the same thing: outlets copy wire text with edits. */
    static final double COSINE = 0.35;
    /**
     * The same within one article, where a writer does not repeat a fact but develops it in sentences that share its
     * words ("The dam burst at dawn." / "Water from the burst dam reached the village by noon."). EASC (single articles)
     * R-2 0.432 → 0.440, flat from 0.375 to 0.6 (0.4385–0.4405); the multi-document sets do not move. By budget (EASC R-2,
     * 0.35 → 0.5): 40 words 0.172 → 0.174, 60 and 100 words within 0.002 (0.265, 0.417 → 0.415), 150 words 0.554 → 0.557,
     * 200 words 0.633 → 0.656: the longer the summary, the more a strict rule leaves it to weaker sentences.
     */
    static final double SAME_ARTICLE_COSINE = 0.5;
    /** Share of the shorter sentence's distinct terms that, found in the other, makes them one fact. */
    static final double CONTAINMENT = 0.5;
    /** How far apart (a share of the larger) two figures of 100 or more may be and still be one count, rounded. */
    static final double ROUGHLY = 0.03;

    private final TermVectors vectors;
    /** Casualty counts by sentence, found once: few sentences report any. */
    private final Map<Integer, CasualtyCounts.Toll> tolls = new HashMap<>();

    public Redundancy(TermVectors vectors) {
        this.vectors = vectors;
    }

    /** The vectors the sentences are compared by. */
    TermVectors vectors() { return vectors; }

    /** True when sentence {@code i} repeats one of the {@code chosen} sentences. */
    public boolean repeats(int i, Collection<Integer> chosen) {
        for (int j : chosen) if (sameFact(i, j)) return true;
        return false;
    }

    public boolean sameFact(int a, int b) {
        return sameWords(a, b) || sameFigure(a, b);
    }

    /** Figures of one thing: the {@linkplain #sameCount same casualty count}, or {@linkplain #sameMeasure one measure}. */
    boolean sameFigure(int a, int b) {
        return sameCount(a, b) || sameMeasure(a, b) || sameFigures(a, b);
    }

    /**
     * Two outlets' sentences with two specific figures in common, one of them a fraction ("51.8% … 48.2%"): one
     * result, told twice. Whole numbers are not enough: a story repeats its identifiers and background counts
     * ("flight 447 … 228 on board") in sentences that state other facts, and one figure alone recurs too.
     */
    boolean sameFigures(int a, int b) {
        if (vectors.sentence(a).document() == vectors.sentence(b).document()) return false;
        java.util.Set<Double> x = figures(a);
        if (x.size() < 2) return !x.isEmpty() && roughlyOneFigure(a, b);
        int n = 0;
        boolean fraction = false;
        for (double v : figures(b)) {
            if (!x.contains(v)) continue;
            n++;
            fraction |= v != Math.floor(v);
        }
        return n >= 2 && fraction || roughlyOneFigure(a, b);
    }

    /**
     * One count given roughly and exactly ("more than 350 passengers and crew were evacuated", "all 353 people on
     * board were evacuated"): figures of 100 or more within 3% of each other, in sentences sharing three terms.
     */
    /** Whether two figures of 100 or more are within {@link #ROUGHLY} of each other: one count, given roughly and exactly. */
    static boolean roughly(double a, double b) {
        return a >= 100 && b >= 100 && Math.abs(a - b) <= ROUGHLY * Math.max(a, b);
    }

    boolean roughlyOneFigure(int a, int b) {
        for (double va : figures(a)) {
            if (va < 100) continue;
            for (double vb : figures(b)) {
                if (va != vb && roughly(va, vb)) {
                    return TermVectors.sharedTerms(vectors.termIds(a), vectors.termIds(b)) >= 3;
                }
            }
        }
        return false;
    }

    private final Map<Integer, java.util.Set<Double>> figures = new HashMap<>();

    /** The specific figures of a sentence ({@link Measures#figures}), read once. */
    java.util.Set<Double> figures(int sentence) {
        return figures.computeIfAbsent(sentence, s -> Measures.figures(vectors.sentence(s).text()));
    }

    /**
     * Two outlets' figures for one {@linkplain Measures measured thing} ("8,900 acres", "14,200 acres"): the same
     * measure at two moments. Within one article different figures of one thing are different facts (a budget's
     * lines), so only sentences of different articles count, or of one live page, whose entries are hours apart,
     * when one gives its figure as an update ("rose to", "down from", «ارتفع إلى»): a live page also gives one thing's
     * figures for different places ("Kern County reported 52 cases", "Fresno confirmed 40 cases").
     */
    boolean sameMeasure(int a, int b) {
        int d = vectors.sentence(a).document();
        boolean onePage = d == vectors.sentence(b).document();
        if (onePage && !live(d)) return false;
        Measures.Reading ra = reading(a), rb = reading(b);
        if (ra.isEmpty() || rb.isEmpty()) return false; // most sentences measure nothing: no set to build
        if (!onePage) return oneMeasure(Measures.otherFigures(ra, rb), a, b) || shortRepeat(ra, rb, a, b);
        // a page's entries need not stand in the order they were written: either may give the update
        java.util.Set<String> updated = ra.updatedBy(rb);
        updated.addAll(rb.updatedBy(ra));
        updated.removeIf(key -> !Measures.sameNames(ra, rb, key)); // Kern County's cases are not Fresno County's
        return oneMeasure(updated, a, b);
    }

    /**
     * Content terms of a sentence that {@linkplain #shortRepeat only repeats} a count: up to 10 the development sets
     * do not move; from 12 DUC loses (R-2 0.0976 → 0.0962), longer sentences say more than their count.
     */
    static final int SHORT_REPEAT_TERMS = 6;

    /**
     * A sentence of a few terms whose count another outlet's sentence gives too, the same figure of the same thing
     * («وبلغ عدد العائلات النازحة 3500 عائلة.» beside «ونزحت 3,500 عائلة إلى 14 مركز إيواء…»): it says nothing more.
     */
    private boolean shortRepeat(Measures.Reading ra, Measures.Reading rb, int a, int b) {
        if (Math.min(vectors.termIds(a).length, vectors.termIds(b).length) > SHORT_REPEAT_TERMS) return false;
        for (var e : ra.figures().entrySet()) {
            // and of one subject: Brunson's 25 points are not Davis's
            if (e.getValue().equals(rb.figures().get(e.getKey())) && Measures.sameNamesStrictly(ra, rb, e.getKey())) return true;
        }
        return false;
    }

    /** A live page's entries are written hours apart: within it, two figures of one thing may be one measure updated. */
    private boolean live(int document) {
        return Genre.LIVE.equals(vectors.cluster().documents().get(document).cleaned().metadata().get(Genre.KEY));
    }

    /** Whether different figures for {@code things} in sentences {@code a} and {@code b} {@linkplain Measures#oneMeasure measure one thing}. */
    boolean oneMeasure(java.util.Set<String> things, int a, int b) {
        return Measures.oneMeasure(things, TermVectors.sharedTerms(vectors.termIds(a), vectors.termIds(b)));
    }

    private final Map<Integer, Measures.Reading> readings = new HashMap<>();

    Measures.Reading reading(int sentence) {
        return readings.computeIfAbsent(sentence, s -> Measures.reading(vectors.sentence(s).text()));
    }

    /** Whether {@code a} has at least {@link #CONTAINMENT} of the roots of {@code b}: it says b's words again. */
    boolean containsWordsOf(int a, int b) {
        int[] tb = vectors.rootIds(b);
        return tb.length > 0 && TermVectors.sharedTerms(vectors.rootIds(a), tb) >= CONTAINMENT * tb.length;
    }

    private final Map<Integer, int[]> contents = new HashMap<>();

    /**
     * Whether most of the shorter one's {@linkplain Attributions#contentRoots content roots} (its roots without its
     * attribution) are in the other's: the same fact whoever told it. Two facts told by one long-named source
     * («…، وفق الهيئة العامة للطيران المدني») share its roots and not their facts.
     */
    boolean sameContent(int a, int b) {
        return mostOfTheShorter(contents.computeIfAbsent(a, i -> Attributions.contentRoots(i, vectors, Corroboration.MIN_ROOTS)),
                contents.computeIfAbsent(b, i -> Attributions.contentRoots(i, vectors, Corroboration.MIN_ROOTS)));
    }

    /** Whether {@link #CONTAINMENT} of the shorter of two root id arrays is in the other. */
    private static boolean mostOfTheShorter(int[] ta, int[] tb) {
        int small = Math.min(ta.length, tb.length);
        return small > 0 && TermVectors.sharedTerms(ta, tb) >= CONTAINMENT * small;
    }

    /** Said in the same words: a high cosine, or most of the shorter one's roots in the other. */
    boolean sameWords(int a, int b) {
        boolean oneArticle = vectors.sentence(a).document() == vectors.sentence(b).document();
        if (vectors.cosine(a, b) > (oneArticle ? SAME_ARTICLE_COSINE : COSINE)) return true;
        return mostOfTheShorter(vectors.rootIds(a), vectors.rootIds(b));
    }

    /**
     * The same casualty count, or two counts of the same kind: a story has one count of its dead, of its
     * injured and of its missing, and a different figure is an earlier or later count of it. Not symmetric: sentence
     * {@code a} (the candidate) with the story's toll does not repeat {@code b} (chosen) with a wider count.
     */
    boolean sameCount(int a, int b) {
        CasualtyCounts.Toll ta = toll(a), tb = toll(b);
        if (!Collections.disjoint(ta.counts(), tb.counts())) return true;
        // the same count of the arrested given as risen to it, in digits or in words («ارتفع عدد الموقوفين إلى ٧ أشخاص»,
        // «ثم ارتفع العدد إلى سبعة»): one update told again. A count alone recurs in sentences telling other facts.
        if (ta.arrested() > 1 && ta.arrested() == tb.arrested() && risen(a) && risen(b)) return true;
        // a count over a year or a country, or another year's ("nine collapses since January killed 27", "In 1978, 20
        // died in a hotel fire"), is not this story's toll: chosen first, it keeps the story's toll out of nothing;
        // the other way round it stays out, as background the toll already stands for
        if (tb.wider() && !ta.wider()) return false;
        return ta.deaths() > 0 && tb.deaths() > 0 || ta.injured() && tb.injured() || ta.missing() && tb.missing();
    }

    private final Map<Integer, Boolean> risen = new HashMap<>();

    /** Whether a sentence gives its count as an update ({@link CasualtyCounts#reportsUpdate}), read once. */
    private boolean risen(int sentence) {
        return risen.computeIfAbsent(sentence, s -> CasualtyCounts.reportsUpdate(vectors.sentence(s).text()));
    }

    CasualtyCounts.Toll toll(int sentence) {
        return tolls.computeIfAbsent(sentence, s -> CasualtyCounts.read(vectors.sentence(s).text()));
    }
}
