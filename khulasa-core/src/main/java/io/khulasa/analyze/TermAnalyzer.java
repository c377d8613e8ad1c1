package io.khulasa.analyze;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into content terms for one language with Lucene's analysis chain: normalized, stemmed,
 * stopwords removed. Not thread-safe across threads only in the sense Lucene analyzers are: reuse is per thread.
 */
public final class TermAnalyzer {
    private final String language;
    private final Analyzer analyzer;

    private TermAnalyzer(String language, Analyzer analyzer) {
        this.language = language;
        this.analyzer = analyzer;
    }

    /** The analyzer for an ISO 639-1 language code. */
    public static TermAnalyzer forLanguage(String language) {
        return switch (language) {
            case "ar" -> new TermAnalyzer(language, new ArabicAnalyzer());
            default -> new TermAnalyzer("en", new EnglishAnalyzer());
        };
    }

    public String language() { return language; }

    /** The content terms of {@code text}, in order. */
    public String[] terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toArray(String[]::new);
    }
}
