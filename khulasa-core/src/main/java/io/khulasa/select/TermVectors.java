package io.khulasa.select;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparse TF-IDF vectors of a cluster's sentences over one vocabulary. IDF is computed over the cluster's
 * documents: a term found in every outlet is the story's subject, not noise, so it keeps a floor weight.
 */
public final class TermVectors {
    private final AnalyzedCluster cluster;
    private final List<Sentence> sentences;
    private final Map<String, Integer> ids = new HashMap<>();
    private final int[] documentFrequency;
    private final double[] idf;
    private final int[][] rootIds;       // per sentence: sorted distinct ids of the terms' roots
    private final int[][] termIds;       // per sentence: sorted distinct term ids
    private final double[][] termCounts; // per sentence: counts aligned with termIds
    private final double[][] weights;    // per sentence: tf-idf aligned with termIds
    private final double[] norms;
    private final int documents;

    /** The term vectors of {@code cluster}, built once per cluster and shared by every stage that compares its sentences. */
    public static TermVectors of(AnalyzedCluster cluster) {
        return cluster.derived(TermVectors.class, TermVectors::new);
    }

    public TermVectors(AnalyzedCluster cluster) {
        this.cluster = cluster;
        this.sentences = cluster.sentences();
        this.documents = Math.max(1, cluster.documents().size());
        int n = sentences.size();
        termIds = new int[n][];
        termCounts = new double[n][];
        for (int i = 0; i < n; i++) {
            String[] terms = sentences.get(i).terms();
            int[] raw = new int[terms.length];
            for (int k = 0; k < terms.length; k++) {
                Integer id = ids.get(terms[k]);
                if (id == null) ids.put(terms[k], id = ids.size());
                raw[k] = id;
            }
            // Sorted ids, then runs of equal ids are the counts: no map per sentence.
            Arrays.sort(raw);
            int distinct = 0;
            for (int k = 0; k < raw.length; k++) if (k == 0 || raw[k] != raw[k - 1]) distinct++;
            int[] tid = new int[distinct];
            double[] tc = new double[distinct];
            for (int k = 0, d = -1; k < raw.length; k++) {
                if (k == 0 || raw[k] != raw[k - 1]) tid[++d] = raw[k];
                tc[d]++;
            }
            termIds[i] = tid;
            termCounts[i] = tc;
        }
        rootIds = roots(n);
        documentFrequency = new int[ids.size()];
        int[] lastDocument = new int[ids.size()];
        Arrays.fill(lastDocument, -1);
        for (int i = 0; i < n; i++) {
            int d = sentences.get(i).document();
            for (int id : termIds[i]) {
                if (lastDocument[id] != d) { lastDocument[id] = d; documentFrequency[id]++; }
            }
        }
        idf = new double[ids.size()];
        for (int t = 0; t < idf.length; t++) idf[t] = Math.log((documents + 1.0) / documentFrequency[t]) + 1.0;
        weights = new double[n][];
        norms = new double[n];
        for (int i = 0; i < n; i++) {
            double[] w = new double[termIds[i].length];
            double sq = 0;
            for (int k = 0; k < w.length; k++) {
                w[k] = termCounts[i][k] * idf[termIds[i][k]];
                sq += w[k] * w[k];
            }
            weights[i] = w;
            norms[i] = Math.sqrt(sq);
        }
    }

    public int vocabularySize() { return idf.length; }

    /** The cluster the vectors describe. */
    public AnalyzedCluster cluster() { return cluster; }

    /** The sentence that row {@code i} describes. */
    public Sentence sentence(int i) { return sentences.get(i); }

    /** Each term's count summed over the cluster's sentences, indexed by term id. */
    public double[] totalCounts() { return total(termCounts); }

    /** Each term's TF-IDF weight summed over the cluster's sentences, indexed by term id. */
    public double[] totalWeights() { return total(weights); }

    private double[] total(double[][] perSentence) {
        double[] sum = new double[vocabularySize()];
        for (int i = 0; i < termIds.length; i++) {
            int[] t = termIds[i];
            double[] x = perSentence[i];
            for (int k = 0; k < t.length; k++) sum[t[k]] += x[k];
        }
        return sum;
    }
    /**
     * Sorted distinct root ids of a sentence's terms: each term stands for the shortest term of the
     * vocabulary (three letters at least) that begins it. A light stemmer leaves "مشاركت" beside "مشارك"
     * and "سوريا" beside "سور", which are one word to a reader.
     */
    public int[] rootIds(int sentence) { return rootIds[sentence]; }
    public int documents() { return documents; }
    public int documentFrequency(int term) { return documentFrequency[term]; }
    public double idf(int term) { return idf[term]; }
    public int[] termIds(int sentence) { return termIds[sentence]; }
    public double[] termCounts(int sentence) { return termCounts[sentence]; }
    public double[] weights(int sentence) { return weights[sentence]; }
    public double norm(int sentence) { return norms[sentence]; }

    /** Cosine similarity of two sentences' TF-IDF vectors (0 when either is empty). */
    public double cosine(int a, int b) {
        if (norms[a] == 0 || norms[b] == 0) return 0;
        return dot(termIds[a], weights[a], termIds[b], weights[b]) / (norms[a] * norms[b]);
    }

    /** Cosine similarity of a sentence with a dense vector over the vocabulary. */
    public double cosine(int sentence, double[] dense, double denseNorm) {
        if (norms[sentence] == 0 || denseNorm == 0) return 0;
        double s = 0;
        int[] t = termIds[sentence];
        double[] w = weights[sentence];
        for (int k = 0; k < t.length; k++) s += w[k] * dense[t[k]];
        return s / (norms[sentence] * denseNorm);
    }

    /** Shortest stem that may stand for a longer one. */
    static final int MIN_ROOT = 3;

    private int[] rootOf; // per term id: its root's id

    /**
     * Sorted distinct root ids of {@code terms} (as {@link io.khulasa.analyze.Sentence#terms()} gives them) that are
     * in the vocabulary; others are left out.
     */
    public int[] rootIdsOf(String[] terms) {
        int[] r = new int[terms.length];
        int n = 0;
        for (String t : terms) {
            Integer id = ids.get(t);
            if (id != null) r[n++] = rootOf[id];
        }
        return sortedDistinct(r, n);
    }

    /** The first {@code n} ids of {@code r}, sorted, each once; {@code r} itself when nothing is left out. */
    private static int[] sortedDistinct(int[] r, int n) {
        Arrays.sort(r, 0, n);
        int d = 0;
        for (int k = 0; k < n; k++) if (k == 0 || r[k] != r[k - 1]) r[d++] = r[k];
        return d == r.length ? r : Arrays.copyOf(r, d);
    }

    private int[][] roots(int n) {
        int[] root = new int[ids.size()];
        ids.forEach((t, id) -> {
            root[id] = id;
            for (int len = MIN_ROOT; len < t.length(); len++) {
                Integer shorter = ids.get(t.substring(0, len));
                if (shorter != null) { root[id] = shorter; break; }
            }
        });
        // An Arabic proclitic the light stemmer left on ("لتمويل", "وزراء" → "زراء" beside "وزراء") hides the
        // word it is attached to: a term that is another term with one of و ف ب ل ك before it shares that term's
        // root, and so on down ("وبكتاب" → "بكتاب" → "كتاب", while each is a term of the cluster). Reading the
        // prefix roots only keeps this free of map order.
        int[] prefixRoot = root.clone();
        ids.forEach((t, id) -> {
            String bare = t;
            while (bare.length() > MIN_ROOT && "وفبلك".indexOf(bare.charAt(0)) >= 0 && ids.containsKey(bare.substring(1))) {
                bare = bare.substring(1);
            }
            root[id] = prefixRoot[ids.get(bare)];
        });
        // An Arabic verb in the imperfect and in the perfect are one word to a reader: «يعلن» and «أعلن» (folded «اعلن»),
        // «يقرر» and «قرر». A term of ي or ت and three letters whose three, bare or after «ا», are a term shares that
        // term's root; not a longer one, as verbal nouns are («تحرير» is no form of «حرير»). Measured: MultiLing Arabic
        // R-2 0.2960 → 0.2952 (R-1 0.4694 → 0.4691), the rest unchanged; a bridge's live headline «المحافظ يعلن حالة
        // الطوارئ» and a report «وأعلن المحافظ حالة الطوارئ» are one fact.
        int[] before = root.clone();
        ids.forEach((t, id) -> {
            if (t.length() != MIN_ROOT + 1 || "يت".indexOf(t.charAt(0)) < 0) return;
            String rest = t.substring(1);
            Integer perfect = ids.get("ا" + rest);
            if (perfect == null) perfect = ids.get(rest);
            if (perfect != null) root[id] = before[perfect];
        });
        rootOf = root;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] r = new int[termIds[i].length];
            for (int k = 0; k < r.length; k++) r[k] = root[termIds[i][k]];
            out[i] = sortedDistinct(r, r.length);
        }
        return out;
    }

    /**
     * The cosine similarities among {@code pool}'s sentences, with 1 on the diagonal: the graph LexRank
     * walks and the coverage Lin &amp; Bilmes saturate.
     */
    public double[][] cosineMatrix(int[] pool) {
        int n = pool.length;
        double[][] w = new double[n][n];
        for (int a = 0; a < n; a++) {
            w[a][a] = 1.0;
            for (int b = a + 1; b < n; b++) {
                double s = cosine(pool[a], pool[b]);
                w[a][b] = s;
                w[b][a] = s;
            }
        }
        return w;
    }

    /** The ids of ascending {@code a} that are not in ascending {@code b}, ascending. */
    public static int[] without(int[] a, int[] b) {
        if (b.length == 0) return a;
        int[] out = new int[a.length];
        int i = 0, j = 0, n = 0;
        while (i < a.length) {
            while (j < b.length && b[j] < a[i]) j++;
            if (j == b.length || b[j] != a[i]) out[n++] = a[i];
            i++;
        }
        return n == a.length ? a : Arrays.copyOf(out, n);
    }

    /** How many ids two ascending id arrays share. */
    public static int sharedTerms(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
        }
        return n;
    }

    static double dot(int[] ia, double[] wa, int[] ib, double[] wb) {
        double s = 0;
        int i = 0, j = 0;
        while (i < ia.length && j < ib.length) {
            if (ia[i] == ib[j]) s += wa[i++] * wb[j++];
            else if (ia[i] < ib[j]) i++;
            else j++;
        }
        return s;
    }
}
