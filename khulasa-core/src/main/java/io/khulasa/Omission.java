package io.khulasa;

/**
 * A stretch of a document's text that a summary sentence leaves out of its quote ("on Tuesday"): {@code [start,
 * end)} in the document's text, inside the sentence's own offsets.
 */
public record Omission(int start, int end) {}
