package io.khulasa;

/**
 * One summary sentence and its provenance.
 *
 * @param text     the sentence, exactly {@code documentText.substring(start, end)}
 * @param document the id of the document it comes from
 * @param start    offset of its first character in that document's text
 * @param end      offset after its last character
 * @param score    the selecting method's score (higher is better; comparable within one summary only)
 */
public record SummarySentence(String text, String document, int start, int end, double score) {}
