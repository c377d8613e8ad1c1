package io.khulasa.analyze;

/**
 * Where one sentence stands in a document's text; {@code title} marks the title line, {@code paragraphStart} the
 * first sentence of a stretch the splitter never runs a sentence across (a paragraph, or a line of a text that is
 * not hard-wrapped), where a quotation left open by an earlier sentence does not run on.
 */
public record SentenceSpan(int start, int end, boolean title, boolean paragraphStart) {
    public SentenceSpan(int start, int end, boolean title) {
        this(start, end, title, false);
    }
}
