package io.khulasa.rouge;

import java.util.ArrayList;
import java.util.List;

/** Splits summary text into lines the way ROUGE-1.5.5 reads a one-sentence-per-line file. */
public final class SummaryLines {

    private SummaryLines() {}

    /**
     * Splits on {@code \n} only (a {@code \r} stays in the line, as Perl's {@code chomp} leaves it);
     * a trailing newline does not start another line. Empty lines are kept here and ignored when
     * scoring, as ROUGE-1.5.5 ignores them.
     */
    public static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        return lines;
    }

    /** Re-splits sentences that themselves contain newlines, so every element is one line. */
    static List<String> flatten(List<String> sentences) {
        List<String> lines = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            if (s.indexOf('\n') < 0) {
                lines.add(s);
            } else {
                lines.addAll(of(s));
            }
        }
        return lines;
    }
}
