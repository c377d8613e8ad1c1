package io.khulasa.analyze;

/**
 * One sentence of one document, with its place in the document's text and its analysed terms.
 *
 * @param document  index of the document in its cluster
 * @param position  index of the sentence within its document (0 = first, the title if there is one)
 * @param start     offset of the first character in the document's text
 * @param end       offset after the last character; {@code text.equals(docText.substring(start, end))}
 * @param text      the sentence exactly as it stands in the document
 * @param terms     the content terms (normalized, stemmed, no stopwords), in order, repeats kept
 * @param title     true if this is the document's title
 * @param words     the number of whitespace-separated words in {@code text}
 */
public record Sentence(int document, int position, int start, int end, String text, String[] terms,
                       boolean title, int words) {}
