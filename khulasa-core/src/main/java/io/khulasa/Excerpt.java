package io.khulasa;

/**
 * A sentence of one document: {@code [start, end)} in the text of the document {@code document} (its id), as
 * {@link DocumentReport#text()} gives it.
 */
public record Excerpt(String document, int start, int end) {}
