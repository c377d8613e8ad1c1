package io.khulasa;

import java.util.List;

/**
 * One summary sentence and its provenance.
 *
 * @param text     the sentence: {@code documentText.substring(start, end)} without the {@code omitted} stretches
 *                 (a relative day such as "on Tuesday"; the first letter is capitalized when the opening was
 *                 omitted), on one line: a line break inside it (a hard-wrapped source) is a space, so exactly that
 *                 substring when nothing is omitted and the source is not wrapped
 * @param document the id of the document it comes from
 * @param start    offset of its first character in that document's text
 * @param end      offset after its last character
 * @param omitted  what {@code text} leaves out, in the document's offsets, in order; empty when verbatim
 * @param score    the selecting method's score (higher is better; comparable within one summary only)
 * @param alsoIn   the sentences of other articles that state the same fact, at most one per article, in input order:
 *                 the outlets that corroborate it (a repeated article counts once, as it is read once)
 */
public record SummarySentence(String text, String document, int start, int end, List<Omission> omitted, double score,
                              List<Excerpt> alsoIn) {
    public SummarySentence {
        omitted = List.copyOf(omitted);
        alsoIn = List.copyOf(alsoIn);
    }

    /** {@code s} with each line break, and the spaces around it, as one space: how a summary prints a wrapped line. */
    public static String oneLine(String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        // a compound the wrap broke after its hyphen ("three-\nwheeled") is one word again
        return HYPHEN_BREAK.matcher(s).replaceAll("").replaceAll("[ \\t]*\\R\\s*", " ");
    }

    private static final java.util.regex.Pattern HYPHEN_BREAK = java.util.regex.Pattern.compile("(?<=\\p{L}-)[ \\t]*\\R\\s*(?=\\p{Ll})");
}
