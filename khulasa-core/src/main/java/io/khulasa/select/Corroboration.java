package io.khulasa.select;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds, for each sentence a summary quotes, the other articles that state the same fact: a reader's receipts
 * that more than one outlet reports it. Another article's sentence corroborates a quoted one when it holds
 * {@link #WHOLE} of the quoted sentence's content roots (it says what the quote says: "Xu spent 12 years in jail,
 * much of it in solitary confinement." for "Xu spent 12 years in prison."), or shares {@link #MIN_ROOTS} roots with
 * it at the selector's {@linkplain Redundancy#COSINE repeat cosine}, or when it is the shorter and most
 * ({@link Redundancy#CONTAINMENT}) of its at least {@link #MIN_ROOTS} roots are in the quote, at a cosine above
 * {@link #MIN_COSINE} (a headline that says part of what the quote says). Lexical closeness alone is not enough: "Wang
 * spent two years in prison" shares three of the four roots of Xu's sentence and is another man's. Figures decide
 * against: sentences that both give figures and share none tell different counts (1,500 protesters and 41 hunger
 * strikers), or one count at two moments (38,000 strikers on the first day, 41,500 on the second: the "48" of their
 * "48-hour strike" names the strike, it counts nothing), which corroborate neither (nor do two tallies of several figures none of which is the same, however
 * close: 143 votes to 88 and 139 to 91); so do two death tolls, whatever
 * other figure the sentences share ("118 … of the 150 on board", "112 out of the 150"). Of each article only its closest sentence
 * is given.
 */
public final class Corroboration {
    /** Share of the quoted sentence's roots that, found in another sentence, make it a receipt. */
    static final double WHOLE = 0.75;
    /** Content roots shared, or of a shorter sentence, that a receipt needs: a few are found in many sentences. */
    static final int MIN_ROOTS = 5;
    /** Cosine a shorter sentence needs beside its containment: its shared roots must weigh in the quote too. */
    static final double MIN_COSINE = 0.25;

    private Corroboration() {}

    /**
     * For each of {@code chosen}, in its order, the corroborating sentences of {@code cluster}'s other
     * documents, at most one per document, in document order.
     */
    public static List<List<Sentence>> of(AnalyzedCluster cluster, List<Selected> chosen) {
        if (chosen.isEmpty()) return List.of();
        TermVectors v = TermVectors.of(cluster);
        List<Sentence> sentences = cluster.sentences();
        int documents = cluster.documents().size();
        List<List<Sentence>> out = new ArrayList<>();
        int[][] contents = new int[sentences.size()][]; // each sentence's content roots, read when first needed
        for (Selected sel : chosen) {
            int a = cluster.indexOf(sel.sentence());
            int[] quote = a < 0 ? null : content(a, v, contents);
            // others are compared without their attribution when the quote is
            boolean withoutAttribution = quote != null && quote != v.rootIds(a);
            // not of this cluster, or no content word to compare: nothing corroborates it
            if (quote == null || quote.length == 0) { out.add(List.of()); continue; }
            int[] best = new int[documents];
            double[] bestCosine = new double[documents];
            java.util.Arrays.fill(best, -1);
            int own = sel.sentence().document();
            java.util.Set<Double> figures = figuresOf(sel.sentence().text());
            int deaths = CasualtyCounts.read(sel.sentence().text()).deaths();
            for (int b = 0; b < sentences.size(); b++) {
                int d = sentences.get(b).document();
                if (d == own) continue;
                int[] other = v.rootIds(b);
                int shared = TermVectors.sharedTerms(quote, other);
                // most sentences share a root or two with the quote: no attribution to read, no cosine for them
                if (shared < Redundancy.CONTAINMENT * MIN_ROOTS) continue;
                if (withoutAttribution) {
                    other = content(b, v, contents);
                    shared = TermVectors.sharedTerms(quote, other);
                }
                if (shared < WHOLE * quote.length && shared < Redundancy.CONTAINMENT * MIN_ROOTS) continue;
                double cosine = v.cosine(a, b);
                if (!corroborates(quote.length, other.length, shared, cosine)) continue;
                if (!figures.isEmpty() && otherFigures(figures, sentences.get(b).text())) continue;
                if (deaths > 0 && otherToll(deaths, sentences.get(b).text())) continue;
                // ties go to the earlier sentence: the same input gives the same receipts
                if (best[d] < 0 || cosine > bestCosine[d]) { best[d] = b; bestCosine[d] = cosine; }
            }
            List<Sentence> found = new ArrayList<>();
            for (int d = 0; d < documents; d++) if (best[d] >= 0) found.add(sentences.get(best[d]));
            out.add(found);
        }
        return out;
    }

    /** Sentence {@code i}'s {@linkplain Attributions#contentRoots content roots}, read once per call of {@link #of}. */
    private static int[] content(int i, TermVectors v, int[][] read) {
        if (read[i] == null) read[i] = Attributions.contentRoots(i, v, MIN_ROOTS);
        return read[i];
    }

    /**
     * Whether a sentence of {@code other} content roots corroborates a quote of {@code quote} roots, sharing
     * {@code shared} of them at {@code cosine}.
     */
    private static boolean corroborates(int quote, int other, int shared, double cosine) {
        if (shared >= WHOLE * quote || shared >= MIN_ROOTS && cosine > Redundancy.COSINE) return true;
        return other < quote && other >= MIN_ROOTS && shared >= Redundancy.CONTAINMENT * other && cosine > MIN_COSINE;
    }

    /**
     * The figures of {@code text} that count something, in digits or in words: not those of compounds ("a 48-hour
     * strike", "a 10-year bond").
     */
    private static java.util.Set<Double> figuresOf(String text) {
        String plain = COMPOUND.matcher(text).replaceAll(" ");
        java.util.Set<Double> out = Measures.figures(plain);
        out.addAll(CasualtyCounts.numberWords(text)); // «ستة قادة» and «سبع دول» are two counts as 6 and 7 are
        // so are "4" and "five": "death toll rises to 4" is no receipt for "rose to five"
        java.util.regex.Matcher m = SMALL_COUNT.matcher(plain);
        while (m.find()) out.add((double) Character.getNumericValue(m.group().charAt(0)));
        return out;
    }

    /** A digit from 2 to 9 standing alone: not a part of a larger figure, a time ("4:30", "4 p.m."), a share or a date. */
    private static final java.util.regex.Pattern SMALL_COUNT = java.util.regex.Pattern.compile(
            "(?<![\\p{Nd}.,:/\\-])[2-9٢-٩](?![\\p{Nd}%\\-]|[.,:/]\\p{Nd}|\\s*(?:[ap]\\.?m\\b|%|٪))", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?-\\p{L}+");

    /**
     * Whether {@code text} gives another death toll than {@code deaths}: "the toll rose to 118 … of the 150 on board" and
     * "stands at 112 out of the 150" share a figure and tell two moments of the count.
     */
    private static boolean otherToll(int deaths, String text) {
        int other = CasualtyCounts.read(text).deaths();
        return other > 0 && other != deaths && !Redundancy.roughly(deaths, other);
    }

    /**
     * Whether {@code text} gives figures and none of them is one of {@code figures}, or close to one: "more than
     * 350" and "353" (figures of 100 or more within {@link Redundancy#ROUGHLY}) may be one count given roughly and exactly.
     */
    private static boolean otherFigures(java.util.Set<Double> figures, String text) {
        java.util.Set<Double> other = figuresOf(text);
        if (other.isEmpty()) return false;
        // two tallies of several figures ("143 votes to 88, 11 abstaining" and "139 to 91, 12 abstaining") are two
        // counts when they share none exactly, however close each pair is
        boolean tallies = figures.size() >= 2 && other.size() >= 2;
        for (double a : figures) {
            for (double b : other) {
                if (a == b || !tallies && Redundancy.roughly(a, b)) return false;
            }
        }
        return true;
    }
}
