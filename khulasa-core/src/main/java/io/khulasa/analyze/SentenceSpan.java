package io.khulasa.analyze;

/** Where one sentence stands in a document's text; {@code title} marks the title line. */
public record SentenceSpan(int start, int end, boolean title) {}
