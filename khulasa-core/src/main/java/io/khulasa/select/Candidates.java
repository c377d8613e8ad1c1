package io.khulasa.select;

import io.khulasa.analyze.Sentence;

/**
 * Which sentences may stand in a summary at all. A news summary is made of statements: titles, questions
 * to the reader, bare datelines and fragments too short to carry a fact of their own are left out.
 */
public final class Candidates {
    /** Fewer words than this is a fragment, a dateline or an attribution, not a fact. */
    static final int MIN_WORDS = 6;
    /** Fewer content terms than this says nothing of its own. */
    static final int MIN_TERMS = 3;

    private Candidates() {}

    public static boolean accept(Sentence s) {
        if (s.title() || s.words() < MIN_WORDS || s.terms().length < MIN_TERMS) return false;
        String t = s.text().strip();
        char last = t.charAt(t.length() - 1);
        if (last == '?' || last == '؟') return false; // a question informs nobody
        if (last == ':' ) return false;               // an announcement of what follows, cut from it
        return !unbalancedQuote(t) && !bareQuotation(t);
    }

    /**
     * A quotation with no one to say it: the sentence opens with the quote, or with at most two words
     * ("She added:", "وأضافت:") before it. Out of its article, nobody knows who spoke.
     */
    static boolean bareQuotation(String t) {
        int q = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '«' || c == '“' || c == '`') { q = i; break; }
        }
        if (q < 0) return false;
        if (io.khulasa.Budget.countWords(t.substring(0, q)) > 2) return false;
        // The quotation must run to the end for the sentence to be nothing but the quote.
        int lastQuote = Math.max(Math.max(t.lastIndexOf('"'), t.lastIndexOf('»')), Math.max(t.lastIndexOf('”'), t.lastIndexOf('\'')));
        return lastQuote >= t.length() - 3;
    }

    /** A quotation opened and never closed: the scraper cut the sentence off, or the splitter did. */
    static boolean unbalancedQuote(String t) {
        int straight = 0, open = 0, close = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') straight++;
            else if (c == '«' || c == '“') open++;
            else if (c == '»' || c == '”') close++;
        }
        return straight % 2 != 0 || open != close;
    }
}
