package io.khulasa.select;

/**
 * How much of a sentence is direct speech: the share of its words inside quotation marks. A reporter's summary
 * states what happened and who said what in a clause; the quotes themselves are a story's colour ("“We were
 * extremely fortunate,” the mayor said."), and a sentence that is mostly quote is rarely the fact a reader needs.
 */
public final class Quotations {
    private Quotations() {}

    /**
     * The share (0–1) of the sentence's words inside quotation marks: “ ”, « », ASCII ″ pairs and the {@code ``…''}
     * of wire copy. A quote that runs on from the sentence before shows as a closing mark with no opening one: the
     * words before it are quoted. Single quotes are left alone, since ’ is also an apostrophe.
     */
    public static double share(String sentence) {
        int words = 0, quoted = 0, beforeFirstMark = 0;
        boolean inside = false, sawMark = false;
        for (int k = 0; k < sentence.length(); k++) {
            char c = sentence.charAt(k);
            boolean open = c == '“' || c == '«' || c == '`' && next(sentence, k) == '`';
            boolean close = c == '”' || c == '»' || c == '\'' && next(sentence, k) == '\'';
            if (c == '"') {
                open = !inside;
                close = inside;
            }
            if (open || close) {
                if (close && !sawMark) quoted += beforeFirstMark; // the quote began in an earlier sentence
                sawMark = true;
                inside = open;
                if (c == '`' || c == '\'') k++;
                continue;
            }
            if (Character.isLetterOrDigit(c) && (k == 0 || !Character.isLetterOrDigit(sentence.charAt(k - 1)))) {
                words++;
                if (inside) quoted++;
                if (!sawMark) beforeFirstMark++;
            }
        }
        return words == 0 ? 0 : quoted / (double) words;
    }

    private static char next(String s, int k) {
        return k + 1 < s.length() ? s.charAt(k + 1) : 0;
    }
}
