package io.khulasa.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The documents of one story, analysed; the input of every summarizer. */
public final class AnalyzedCluster {
    private final List<AnalyzedDocument> documents;
    private final List<Sentence> sentences;

    public AnalyzedCluster(List<AnalyzedDocument> documents) {
        this.documents = List.copyOf(documents);
        List<Sentence> all = new ArrayList<>();
        for (AnalyzedDocument d : this.documents) all.addAll(d.sentences());
        this.sentences = Collections.unmodifiableList(all);
    }

    /** What later stages derive from the whole cluster once (its term vectors), by kind. */
    private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    public List<AnalyzedDocument> documents() { return documents; }

    /**
     * {@code build}'s result for this cluster, built on first use and kept: selection, the check of its figures and
     * the receipts compare the same sentences by the same vectors. {@code build} must give an immutable value.
     */
    public <T> T derived(Class<T> kind, java.util.function.Function<AnalyzedCluster, T> build) {
        return kind.cast(derived.computeIfAbsent(kind, k -> build.apply(this)));
    }

    /** Each document's first sentence's index in {@link #sentences()}, built on first use. */
    private volatile int[] firstSentence;

    /**
     * The index of {@code s} in {@link #sentences()}, or -1 when it is not one of this cluster's (a sentence of
     * another, renumbered, cluster).
     */
    public int indexOf(Sentence s) {
        int[] first = firstSentence;
        if (first == null) {
            first = new int[documents.size() + 1];
            for (int d = 0; d < documents.size(); d++) first[d + 1] = first[d] + documents.get(d).sentences().size();
            firstSentence = first;
        }
        if (s.document() < 0 || s.document() >= documents.size()) return -1;
        int i = first[s.document()] + s.position();
        return i < first[s.document() + 1] && sentences.get(i) == s ? i : -1;
    }

    /** All sentences of all documents, document by document, in text order. */
    public List<Sentence> sentences() { return sentences; }

    public AnalyzedDocument document(Sentence s) { return documents.get(s.document()); }

    /**
     * The language most of the documents are in: the one a summary of the cluster is written in. Ties go to
     * the language with more sentences, then to the first code in alphabetical order.
     */
    public String mainLanguage() {
        String best = null;
        int[] top = {-1, -1};
        for (Map.Entry<String, int[]> e : countByLanguage().entrySet()) {
            int[] c = e.getValue();
            if (c[0] > top[0] || c[0] == top[0] && c[1] > top[1]) { best = e.getKey(); top = c; }
        }
        return best;
    }

    /** How many documents are in each language, by language code in alphabetical order. */
    public Map<String, Integer> documentsByLanguage() {
        Map<String, Integer> out = new TreeMap<>();
        countByLanguage().forEach((language, c) -> out.put(language, c[0]));
        return out;
    }

    /** Language -> {documents, sentences}, by code in alphabetical order. */
    private Map<String, int[]> countByLanguage() {
        Map<String, int[]> count = new TreeMap<>();
        for (AnalyzedDocument d : documents) {
            int[] c = count.computeIfAbsent(d.language(), k -> new int[2]);
            c[0]++;
            c[1] += d.sentences().size();
        }
        return count;
    }

    /** The documents in {@code language} as a cluster of their own, renumbered; this cluster if all are. */
    public AnalyzedCluster inLanguage(String language) {
        return keep(d -> d.language().equals(language));
    }

    /** The documents {@code test} accepts as a cluster of their own, renumbered; this cluster if it accepts all. */
    public AnalyzedCluster keep(java.util.function.Predicate<AnalyzedDocument> test) {
        if (documents.stream().allMatch(test)) return this;
        List<AnalyzedDocument> chosen = documents.stream().filter(test).toList();
        List<AnalyzedDocument> kept = new ArrayList<>(chosen.size());
        for (AnalyzedDocument d : chosen) {
            int index = kept.size();
            kept.add(new AnalyzedDocument(index, d.cleaned(), d.language(), d.sentences().stream().map(s -> s.with(index, s.outdated())).toList()));
        }
        // a plan is out of date only when a document kept here tells what came of it
        return new AnalyzedCluster(Schedules.settle(kept));
    }
}
