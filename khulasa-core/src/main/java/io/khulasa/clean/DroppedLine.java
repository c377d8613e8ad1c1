package io.khulasa.clean;

/**
 * A line the cleaner removed from an article, with why. Offsets are into the document's text.
 *
 * @param text   the line as it stood (stripped)
 * @param reason a short machine-friendly reason, e.g. {@code related-articles}, {@code share-prompt},
 *               {@code site-tagline}, {@code photo-credit}, {@code slide-counter}, {@code repeated-across-documents}
 */
public record DroppedLine(String text, String reason, int start, int end) {}
