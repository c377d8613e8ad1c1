package io.khulasa.select;

import io.khulasa.analyze.AnalyzedCluster;
import io.khulasa.analyze.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The concepts of a cluster in the sense of Gillick &amp; Favre (2009): bigrams of adjacent content terms,
 * weighted by how many documents carry them. A fact reported by many outlets is what the story is about.
 * With fewer than {@link #MIN_DOCUMENTS_FOR_SUPPORT} documents, support is counted in sentences instead,
 * so the same method works on a single article.
 */
public final class Concepts {
    /** Fewest documents for cross-document support to mean anything. */
    static final int MIN_DOCUMENTS_FOR_SUPPORT = 3;
    /** Extra weight per document whose opening sentences carry the concept: news leads with its facts. */
    static final double LEAD_BONUS = 0.5;
    /** How many opening sentences of an article count as its lead. */
    static final int LEAD_SENTENCES = 3;

    private final int[][] sentenceConcepts; // per sentence: distinct concept ids
    private final double[] weights;

    private Concepts(int[][] sentenceConcepts, double[] weights) {
        this.sentenceConcepts = sentenceConcepts;
        this.weights = weights;
    }

    /** The concepts of {@code cluster}, keeping those with at least {@code minSupport} support units. */
    public static Concepts of(AnalyzedCluster cluster) {
        List<Sentence> sentences = cluster.sentences();
        boolean byDocument = cluster.documents().size() >= MIN_DOCUMENTS_FOR_SUPPORT;
        int minSupport = byDocument ? Math.min(3, Math.max(2, cluster.documents().size() / 3)) : 2;
        Map<String, Set<Integer>> support = new HashMap<>();
        Map<String, Set<Integer>> leads = new HashMap<>();
        List<List<String>> perSentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<String> grams = bigrams(s.terms());
            perSentence.add(grams);
            int unit = byDocument ? s.document() : i;
            for (String g : grams) {
                support.computeIfAbsent(g, k -> new HashSet<>()).add(unit);
                if (s.position() < LEAD_SENTENCES + 1) leads.computeIfAbsent(g, k -> new HashSet<>()).add(s.document());
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        List<Double> w = new ArrayList<>();
        int[][] sc = new int[sentences.size()][];
        for (int i = 0; i < sentences.size(); i++) {
            Set<Integer> mine = new java.util.TreeSet<>();
            for (String g : perSentence.get(i)) {
                int n = support.get(g).size();
                if (n < minSupport) continue;
                Integer id = ids.get(g);
                if (id == null) {
                    id = ids.size();
                    ids.put(g, id);
                    w.add(n + LEAD_BONUS * leads.getOrDefault(g, Set.of()).size());
                }
                mine.add(id);
            }
            sc[i] = mine.stream().mapToInt(Integer::intValue).toArray();
        }
        return new Concepts(sc, w.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static List<String> bigrams(String[] terms) {
        List<String> out = new ArrayList<>(Math.max(0, terms.length - 1));
        for (int i = 0; i + 1 < terms.length; i++) out.add(terms[i] + ' ' + terms[i + 1]);
        return out;
    }

    public int size() { return weights.length; }
    public double weight(int concept) { return weights[concept]; }
    /** Distinct concept ids of a sentence, ascending. */
    public int[] of(int sentence) { return sentenceConcepts[sentence]; }
}
