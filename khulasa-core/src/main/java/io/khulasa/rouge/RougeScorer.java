package io.khulasa.rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N, ROUGE-L and ROUGE-S/SU with ROUGE-1.5.5's exact semantics (sentence-level averaging,
 * {@code -t 0}), for one peer summary against one cluster's references.
 *
 * <pre>{@code
 * RougeScorer scorer = RougeScorer.builder()
 *     .tokenization(Tokenization.ROUGE155).stem(true).removeStopwords(false)
 *     .wordLimit(100).alpha(0.5).multiRef(MultiRef.AVERAGE).build();
 * PreparedReferences refs = scorer.prepare(referenceLines);   // once per cluster
 * ClusterScore s = scorer.score(peerLines, refs);
 * double r2 = s.get(Measure.ngram(2)).recall();
 * }</pre>
 *
 * <p>A summary is a list of lines (one sentence per line, ROUGE's SPL format). The equivalent
 * ROUGE-1.5.5 options of the defaults are {@code -n 4 -2 4 -u -f A -p 0.5 -t 0} (no {@code -m},
 * no {@code -s}, no length limit). Instances are immutable and thread-safe.
 */
public final class RougeScorer {

    private final Tokenization tokenization;
    private final boolean stem;
    private final boolean removeStopwords;
    private final boolean normalizeArabic;
    private final boolean lightStem;
    private final int wordLimit;
    private final int byteLimit;
    private final double alpha;
    private final MultiRef multiRef;
    private final int maxN;
    private final boolean rougeL;
    private final boolean skipBigram;
    private final int skipGap;
    private final boolean skipUnigrams;
    private final List<Measure> measures;

    private final SummaryTruncator truncator;
    private final RougeTokenizer tokenizer;
    private final TermNormalizer terms;

    private RougeScorer(Builder b) {
        this.tokenization = b.tokenization;
        this.stem = b.stem;
        this.removeStopwords = b.removeStopwords;
        this.normalizeArabic = b.normalizeArabic;
        this.lightStem = b.lightStem;
        this.wordLimit = b.wordLimit;
        this.byteLimit = b.byteLimit;
        this.alpha = b.alpha;
        this.multiRef = b.multiRef;
        this.maxN = b.maxN;
        this.rougeL = b.rougeL;
        this.skipBigram = b.skipBigram;
        this.skipGap = b.skipGap;
        this.skipUnigrams = b.skipUnigrams;
        List<Measure> list = new ArrayList<>();
        for (int n = 1; n <= maxN; n++) {
            list.add(Measure.ngram(n));
        }
        if (rougeL) {
            list.add(Measure.lcs());
        }
        if (skipBigram) {
            list.add(Measure.skipBigram(skipGap, skipUnigrams));
        }
        this.measures = List.copyOf(list);
        this.truncator = new SummaryTruncator(tokenization, wordLimit, byteLimit);
        this.tokenizer = new RougeTokenizer(tokenization, normalizeArabic);
        this.terms = new TermNormalizer(tokenization, removeStopwords, stem, lightStem);
    }

    /** A builder with ROUGE-1.5.5-like defaults (see the class comment). */
    public static Builder builder() {
        return new Builder();
    }

    /** The measures computed, in ROUGE-1.5.5's printing order (N, L, S/SU). */
    public List<Measure> measures() {
        return measures;
    }

    /** The alpha weighting precision in F (ROUGE {@code -p}). */
    public double alpha() {
        return alpha;
    }

    /**
     * One line describing how text is turned into terms, for the header of every report, e.g.
     * {@code ascii-rouge155 normalize=none stem=porter+wordnet stopwords=no limit=words:100
     * multi-ref=average alpha=0.5}.
     */
    public String mode() {
        String stems;
        if (stem && lightStem) {
            stems = "porter+wordnet,arabic-light";
        } else if (stem) {
            stems = "porter+wordnet";
        } else if (lightStem) {
            stems = "arabic-light";
        } else {
            stems = "none";
        }
        String limit = wordLimit > 0 ? "words:" + wordLimit : byteLimit > 0 ? "bytes:" + byteLimit : "none";
        return tokenization.label()
                + " normalize=" + (normalizeArabic ? "arabic" : "none")
                + " stem=" + stems
                + " stopwords=" + (removeStopwords ? "removed" : "no")
                + " limit=" + limit
                + " multi-ref=" + multiRef.name().toLowerCase(java.util.Locale.ROOT)
                + " alpha=" + alpha;
    }

    /** Truncates, tokenizes and counts a cluster's references once. */
    public PreparedReferences prepare(List<List<String>> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("at least one reference summary is needed");
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        LongIntMap[] prefixes = new LongIntMap[Math.max(maxN, 1)];
        for (int i = 2; i < prefixes.length; i++) {
            prefixes[i] = new LongIntMap(1024);
        }
        List<Terms> termLists = new ArrayList<>();
        for (List<String> ref : references) {
            termLists.add(terms(ref));
        }
        List<int[]> flatIds = new ArrayList<>();
        List<int[][]> unitIds = new ArrayList<>();
        for (Terms t : termLists) {
            flatIds.add(ids(t.flat, vocabulary, true));
            unitIds.add(unitIds(t.units, vocabulary, true));
        }
        List<PreparedReferences.Ref> refs = new ArrayList<>();
        for (int r = 0; r < termLists.size(); r++) {
            int[] tokens = flatIds.get(r);
            NgramCounts[] ngrams = new NgramCounts[maxN + 1];
            for (int n = 1; n <= maxN; n++) {
                ngrams[n] = NgramCounts.ngrams(tokens, n, prefixes, true);
            }
            NgramCounts skips = skipBigram ? NgramCounts.skipBigrams(tokens, skipGap, skipUnigrams) : null;
            refs.add(new PreparedReferences.Ref(tokens, unitIds.get(r), ngrams, skips,
                    unigramCounts(tokens, vocabulary.size())));
        }
        return new PreparedReferences(this, Map.copyOf(vocabulary), prefixes, List.copyOf(refs));
    }

    /** Scores one peer summary (its lines) against a cluster's references. */
    public ClusterScore score(List<String> peer, List<List<String>> references) {
        return score(peer, prepare(references));
    }

    /** Scores one peer summary (its lines) against references prepared by this scorer. */
    public ClusterScore score(List<String> peer, PreparedReferences references) {
        if (references.scorer != this) {
            throw new IllegalArgumentException("references were prepared by another scorer");
        }
        Terms t = terms(peer);
        int vocabularySize = references.vocabulary.size();
        int[] tokens = ids(t.flat, references.vocabulary, false);
        int[][] units = unitIds(t.units, references.vocabulary, false);
        Map<Measure, Score> scores = new LinkedHashMap<>();
        int refCount = references.refs.size();
        long[] hits = new long[refCount];
        long[] refTotals = new long[refCount];
        double[] keys = new double[refCount];
        for (int n = 1; n <= maxN; n++) {
            NgramCounts peerCounts = NgramCounts.ngrams(tokens, n, references.prefixes, false);
            for (int r = 0; r < refCount; r++) {
                NgramCounts refCounts = references.refs.get(r).ngrams[n];
                hits[r] = refCounts.hits(peerCounts);
                refTotals[r] = refCounts.total();
                keys[r] = refTotals[r] != 0 ? Rouge155Numbers.round5((double) hits[r] / refTotals[r]) : 0;
            }
            scores.put(Measure.ngram(n), combine(hits, refTotals, peerCounts.total(), keys));
        }
        if (rougeL) {
            int[] peerUnigrams = unigramCounts(tokens, vocabularySize);
            LcsScorer lcs = new LcsScorer();
            for (int r = 0; r < refCount; r++) {
                PreparedReferences.Ref ref = references.refs.get(r);
                hits[r] = lcs.hits(ref.lcsUnits, units, ref.unigramCounts.clone(), peerUnigrams.clone());
                refTotals[r] = ref.lcsBase;
                keys[r] = ref.lcsBase > 0 ? (double) hits[r] / ref.lcsBase : 0; // unrounded, as the Perl
            }
            scores.put(Measure.lcs(), combine(hits, refTotals, tokens.length, keys));
        }
        if (skipBigram) {
            NgramCounts peerSkips = NgramCounts.skipBigrams(tokens, skipGap, skipUnigrams);
            for (int r = 0; r < refCount; r++) {
                NgramCounts refSkips = references.refs.get(r).skipBigrams;
                hits[r] = refSkips.hits(peerSkips);
                refTotals[r] = refSkips.total();
                keys[r] = refTotals[r] != 0 ? Rouge155Numbers.round5((double) hits[r] / refTotals[r]) : 0;
            }
            scores.put(Measure.skipBigram(skipGap, skipUnigrams),
                    combine(hits, refTotals, peerSkips.total(), keys));
        }
        return new ClusterScore(scores);
    }

    /** {@code -f A} pools counts over references; {@code -f B} keeps the first best reference. */
    private Score combine(long[] hits, long[] refTotals, long peerTotal, double[] keys) {
        long hit = 0;
        long refTotal = 0;
        long peerSum = 0;
        if (multiRef == MultiRef.AVERAGE) {
            for (int r = 0; r < hits.length; r++) {
                hit += hits[r];
                refTotal += refTotals[r];
                peerSum += peerTotal;
            }
        } else {
            double best = -1;
            for (int r = 0; r < hits.length; r++) {
                if (keys[r] > best) {
                    best = keys[r];
                    hit = hits[r];
                    refTotal = refTotals[r];
                    peerSum = peerTotal;
                }
            }
        }
        double recall = refTotal != 0 ? Rouge155Numbers.round5((double) hit / refTotal) : 0;
        double precision = peerSum != 0 ? Rouge155Numbers.round5((double) hit / peerSum) : 0;
        double f = Rouge155Numbers.fMeasure(recall, precision, alpha);
        return new Score(recall, precision, f, hit, refTotal, peerSum);
    }

    /** A summary's terms: all of them in order, and per ROUGE-L unit. */
    private record Terms(List<String> flat, List<List<String>> units) {}

    private Terms terms(List<String> lines) {
        SummaryTruncator.Truncated t = truncator.truncate(lines);
        List<List<String>> pieces = termsPerLine(t.pieces());
        List<List<String>> units = t.lcsUnits() == t.pieces() ? pieces : termsPerLine(t.lcsUnits());
        List<String> flat = new ArrayList<>();
        for (List<String> p : pieces) {
            flat.addAll(p);
        }
        return new Terms(flat, units);
    }

    private List<List<String>> termsPerLine(List<String> lines) {
        List<List<String>> out = new ArrayList<>(lines.size());
        List<String> raw = new ArrayList<>();
        for (String line : lines) {
            raw.clear();
            tokenizer.tokenize(line, raw);
            List<String> kept = new ArrayList<>(raw.size());
            for (String token : raw) {
                String term = terms.apply(token);
                if (term != null) {
                    kept.add(term);
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static int[] ids(List<String> terms, Map<String, Integer> vocabulary, boolean grow) {
        int[] ids = new int[terms.size()];
        for (int i = 0; i < ids.length; i++) {
            String term = terms.get(i);
            if (grow) {
                ids[i] = vocabulary.computeIfAbsent(term, k -> vocabulary.size());
            } else {
                ids[i] = vocabulary.getOrDefault(term, NgramCounts.UNKNOWN);
            }
        }
        return ids;
    }

    private static int[][] unitIds(List<List<String>> units, Map<String, Integer> vocabulary,
            boolean grow) {
        int[][] out = new int[units.size()][];
        for (int u = 0; u < out.length; u++) {
            out[u] = ids(units.get(u), vocabulary, grow);
        }
        return out;
    }

    private static int[] unigramCounts(int[] tokens, int vocabularySize) {
        int[] counts = new int[vocabularySize];
        for (int t : tokens) {
            if (t != NgramCounts.UNKNOWN) {
                counts[t]++;
            }
        }
        return counts;
    }

    /** Configures a {@link RougeScorer}. */
    public static final class Builder {
        private Tokenization tokenization = Tokenization.ROUGE155;
        private boolean stem;
        private boolean removeStopwords;
        private boolean normalizeArabic;
        private boolean lightStem;
        private int wordLimit;
        private int byteLimit;
        private double alpha = 0.5;
        private MultiRef multiRef = MultiRef.AVERAGE;
        private int maxN = 4;
        private boolean rougeL = true;
        private boolean skipBigram = true;
        private int skipGap = 4;
        private boolean skipUnigrams = true;

        private Builder() {}

        /** How text becomes tokens; default {@link Tokenization#ROUGE155}. */
        public Builder tokenization(Tokenization tokenization) {
            this.tokenization = java.util.Objects.requireNonNull(tokenization);
            return this;
        }

        /** ROUGE {@code -m}: Porter stemming with WordNet exceptions (ASCII tokens only). */
        public Builder stem(boolean stem) {
            this.stem = stem;
            return this;
        }

        /** ROUGE {@code -s}: drop the SMART stopwords (after length limits, before stemming). */
        public Builder removeStopwords(boolean removeStopwords) {
            this.removeStopwords = removeStopwords;
            return this;
        }

        /** Unicode mode only: Lucene's Arabic normalization of every token. */
        public Builder normalizeArabic(boolean normalizeArabic) {
            this.normalizeArabic = normalizeArabic;
            return this;
        }

        /** Unicode mode only: Lucene's Arabic light stemmer on non-ASCII tokens. */
        public Builder lightStem(boolean lightStem) {
            this.lightStem = lightStem;
            return this;
        }

        /** ROUGE {@code -l}: keep only the first n words (0: no limit). Clears a byte limit. */
        public Builder wordLimit(int words) {
            if (words < 0) {
                throw new IllegalArgumentException("word limit must not be negative: " + words);
            }
            this.wordLimit = words;
            if (words > 0) {
                this.byteLimit = 0;
            }
            return this;
        }

        /** ROUGE {@code -b}: keep only the first n bytes (0: no limit). Clears a word limit. */
        public Builder byteLimit(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("byte limit must not be negative: " + bytes);
            }
            this.byteLimit = bytes;
            if (bytes > 0) {
                this.wordLimit = 0;
            }
            return this;
        }

        /** ROUGE {@code -p}: F = P·R / ((1-α)·P + α·R); 0.5 weighs both equally. */
        public Builder alpha(double alpha) {
            if (!(alpha >= 0 && alpha <= 1)) {
                throw new IllegalArgumentException("alpha must be within [0, 1]: " + alpha);
            }
            this.alpha = alpha;
            return this;
        }

        /** ROUGE {@code -f}: {@link MultiRef#AVERAGE} (A) or {@link MultiRef#BEST} (B). */
        public Builder multiRef(MultiRef multiRef) {
            this.multiRef = java.util.Objects.requireNonNull(multiRef);
            return this;
        }

        /** ROUGE {@code -n}: compute ROUGE-1 … ROUGE-maxN (0 for none; at most 4). */
        public Builder maxN(int maxN) {
            if (maxN < 0 || maxN > 4) {
                throw new IllegalArgumentException("n must be within 0..4: " + maxN);
            }
            this.maxN = maxN;
            return this;
        }

        /** Whether to compute ROUGE-L (ROUGE {@code -x} turns it off). */
        public Builder rougeL(boolean rougeL) {
            this.rougeL = rougeL;
            return this;
        }

        /**
         * ROUGE {@code -2 gap} (negative: unlimited) with {@code -u} when {@code unigrams}: ROUGE-SU4 is
         * {@code skipBigram(4, true)}, the default.
         */
        public Builder skipBigram(int gap, boolean unigrams) {
            this.skipBigram = true;
            this.skipGap = gap;
            this.skipUnigrams = unigrams;
            return this;
        }

        /** No skip-bigram measure. */
        public Builder noSkipBigram() {
            this.skipBigram = false;
            return this;
        }

        /** Checks the combination and builds. */
        public RougeScorer build() {
            if ((normalizeArabic || lightStem) && tokenization != Tokenization.UNICODE) {
                throw new IllegalStateException("Arabic normalization and light stemming need Unicode tokenization");
            }
            if (maxN == 0 && !rougeL && !skipBigram) {
                throw new IllegalStateException("no measure selected");
            }
            return new RougeScorer(this);
        }
    }
}
