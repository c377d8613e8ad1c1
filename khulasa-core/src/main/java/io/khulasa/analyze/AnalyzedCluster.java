package io.khulasa.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    public List<AnalyzedDocument> documents() { return documents; }

    /** All sentences of all documents, document by document, in text order. */
    public List<Sentence> sentences() { return sentences; }

    public AnalyzedDocument document(Sentence s) { return documents.get(s.document()); }
}
