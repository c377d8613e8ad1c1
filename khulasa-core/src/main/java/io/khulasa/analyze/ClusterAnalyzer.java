package io.khulasa.analyze;

import io.khulasa.Budget;
import io.khulasa.clean.CleanedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Detects each document's language, splits it into sentences and analyses their terms. */
public final class ClusterAnalyzer {
    private final LanguageDetector detector = new LanguageDetector();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Map<String, TermAnalyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Analyses a cluster.
     *
     * @param language an ISO 639-1 code to force, or {@code auto} (or null) to detect per document
     */
    public AnalyzedCluster analyze(List<CleanedDocument> docs, String language) {
        List<AnalyzedDocument> out = new ArrayList<>();
        for (CleanedDocument d : docs) {
            String lang = language == null || language.equals("auto") ? detector.detect(d.text()) : language;
            TermAnalyzer terms = analyzers.computeIfAbsent(lang, TermAnalyzer::forLanguage);
            List<Sentence> sentences = new ArrayList<>();
            for (SentenceSpan sp : splitter.split(d, lang)) {
                String text = d.text().substring(sp.start(), sp.end());
                sentences.add(new Sentence(out.size(), sentences.size(), sp.start(), sp.end(), text,
                        terms.terms(text), sp.title(), Budget.countWords(text)));
            }
            out.add(new AnalyzedDocument(out.size(), d, lang, sentences));
        }
        return new AnalyzedCluster(out);
    }
}
