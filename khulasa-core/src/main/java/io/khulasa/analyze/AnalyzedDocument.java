package io.khulasa.analyze;

import io.khulasa.clean.CleanedDocument;

import java.util.List;

/**
 * A cleaned document split into sentences and analysed in its language.
 *
 * @param index     index of the document in its cluster
 * @param cleaned   the cleaning result (text, title, dropped lines, metadata)
 * @param language  ISO 639-1 code of the detected or forced language, e.g. {@code ar}, {@code en}
 * @param sentences the body sentences and the title, in text order
 */
public record AnalyzedDocument(int index, CleanedDocument cleaned, String language, List<Sentence> sentences) {

    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
    }

    public String id() { return cleaned.id(); }
    public String text() { return cleaned.text(); }
}
