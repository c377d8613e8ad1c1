package io.khulasa.clean;

/**
 * A kept stretch of an article's text (usually one line), by offsets into the document's text.
 *
 * @param paragraphStart true when a blank line (or the start of the text) comes before it, so a sentence
 *                       cannot run on into it from the block before
 * @param title          true for the article's title line
 */
public record TextBlock(int start, int end, boolean paragraphStart, boolean title) {}
