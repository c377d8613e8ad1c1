package io.khulasa.analyze;

import io.khulasa.Omission;

import java.util.List;

/**
 * One sentence of one document, with its place in the document's text and its analysed terms.
 *
 * @param document  index of the document in its cluster
 * @param position  index of the sentence within its document (0 = first, the title if there is one)
 * @param start     offset of the first character in the document's text
 * @param end       offset after the last character
 * @param text      the sentence as a summary quotes it: {@code docText.substring(start, end)} without its
 *                  {@code omitted} stretches (and with a capital first letter when its opening was omitted)
 * @param omitted   the {@linkplain RelativeDays relative days} and {@linkplain OpeningConnectives opening connective}
 *                  left out of {@code text}, in document offsets;
 *                  empty when the sentence is quoted verbatim
 * @param terms     the content terms of {@code text} (normalized, stemmed, no stopwords), in order, repeats kept
 * @param title     true if this is the document's title
 * @param words     the number of whitespace-separated words in {@code text}
 * @param inQuote   true when the sentence lies wholly inside a quotation opened by an earlier sentence of its
 *                  paragraph and closed by a later one (the middle of “It was sealed. Nobody tampered with it. The
 *                  seal numbers match,” she said.): the words are the speaker's, though no mark of its own says so;
 *                  also when it opens a quotation a later sentence of its paragraph closes (the first of those), as
 *                  half a quotation without its speaker
 * @param outdated  true when the sentence {@linkplain Schedules announces} what was to come (or says what was not known
 *                  yet), in an article a day
 *                  or more older than the newest of its cluster (the newer reports tell what happened), or gives a
 *                  plan without its day that a report of its cluster not older than it dates; set by
 *                  {@link Schedules#settle} for the cluster the sentence is in
 */
public record Sentence(int document, int position, int start, int end, String text, List<Omission> omitted,
                       String[] terms, boolean title, int words, boolean inQuote, boolean outdated) {
    /** A sentence that is not {@code outdated}. */
    public Sentence(int document, int position, int start, int end, String text, List<Omission> omitted,
                    String[] terms, boolean title, int words, boolean inQuote) {
        this(document, position, start, end, text, omitted, terms, title, words, inQuote, false);
    }

    /** This sentence, of document {@code document}, {@code outdated} or not. */
    Sentence with(int document, boolean outdated) {
        return document == this.document && outdated == this.outdated ? this
                : new Sentence(document, position, start, end, text, omitted, terms, title, words, inQuote, outdated);
    }
}
