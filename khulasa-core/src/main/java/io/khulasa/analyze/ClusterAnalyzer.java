package io.khulasa.analyze;

import io.khulasa.Budget;
import io.khulasa.Omission;
import io.khulasa.clean.CleanedDocument;
import io.khulasa.text.Quotations;

import java.util.ArrayList;
import java.util.List;

/**
 * Detects each document's language (unless one is forced), splits it into sentences and analyses their
 * terms with the shared {@link TermAnalyzer} of that language. Stateless apart from cached analyzers, so
 * one instance may serve many clusters.
 */
public final class ClusterAnalyzer {
    private final LanguageDetector detector = new LanguageDetector();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final boolean verbatim;

    /** An analyzer whose sentences leave their {@linkplain RelativeDays relative days} out. */
    public ClusterAnalyzer() {
        this(false);
    }

    /** @param verbatim true to quote sentences whole, relative days included */
    public ClusterAnalyzer(boolean verbatim) {
        this.verbatim = verbatim;
    }

    /**
     * Analyses a cluster.
     *
     * @param language an ISO 639-1 code to force for every document (case and region ignored), or
     *                 {@code auto} (or null or blank) to detect it per document
     */
    public AnalyzedCluster analyze(List<CleanedDocument> docs, String language) {
        String forced = forcedLanguage(language);
        List<AnalyzedDocument> out = new ArrayList<>(docs.size());
        for (CleanedDocument d : docs) {
            String lang = forced == null ? detector.detect(d.text()) : forced;
            TermAnalyzer terms = TermAnalyzer.forLanguage(lang);
            List<Sentence> sentences = new ArrayList<>();
            boolean quoteOpen = false; // a quotation opened by an earlier sentence of the paragraph and not closed yet
            int previousEnd = -1;
            for (SentenceSpan sp : splitter.split(d, lang)) {
                if (sp.title() || previousEnd < 0 || newParagraph(d.text(), previousEnd, sp.start())) quoteOpen = false;
                String source = d.text().substring(sp.start(), sp.end());
                // wholly inside: a sentence that opens or closes the quotation has a mark of its own
                boolean marks = Quotations.hasMark(source), inQuote = quoteOpen && !marks;
                if (marks) quoteOpen = Quotations.openAfter(source, quoteOpen);
                previousEnd = sp.end();
                List<Omission> omitted = verbatim || sp.title() ? List.of() : RelativeDays.find(source, sp.start(), lang);
                String text = RelativeDays.quote(source, sp.start(), omitted);
                sentences.add(new Sentence(out.size(), sentences.size(), sp.start(), sp.end(), text, omitted,
                        terms.terms(text), sp.title(), Budget.countWords(text), inQuote));
            }
            out.add(new AnalyzedDocument(out.size(), d, lang, sentences));
        }
        return new AnalyzedCluster(out);
    }

    /** A blank line between two sentences: a new paragraph, where a quotation left open does not run on. */
    private static boolean newParagraph(String text, int from, int to) {
        int first = text.indexOf('\n', from);
        return first >= 0 && first < to && text.indexOf('\n', first + 1) >= 0 && text.indexOf('\n', first + 1) < to;
    }

    /**
     * The canonical ISO 639-1 code a language option names (case and region ignored: {@code en-US} is
     * {@code en}), or null for {@code auto} (or null or blank).
     */
    public static String forcedLanguage(String language) {
        if (language == null || language.isBlank() || language.strip().equalsIgnoreCase("auto")) return null;
        return TermAnalyzer.canonical(language);
    }
}
