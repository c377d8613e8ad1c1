package io.khulasa.rouge;

/**
 * One ROUGE measure: ROUGE-N, ROUGE-L, or skip-bigram ROUGE-S/SU.
 *
 * @param kind which family
 * @param n n-gram size for {@link Kind#NGRAM}, else 0
 * @param gap maximum number of words skipped between the two words of a skip-bigram (negative: no
 *     limit), for {@link Kind#SKIP_BIGRAM}
 * @param unigrams whether skip-bigram counting also counts unigrams (ROUGE-SU, {@code -u})
 */
public record Measure(Kind kind, int n, int gap, boolean unigrams) {

    /** Measure families. */
    public enum Kind {
        NGRAM,
        LCS,
        SKIP_BIGRAM
    }

    /** ROUGE-n. */
    public static Measure ngram(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return new Measure(Kind.NGRAM, n, 0, false);
    }

    /** ROUGE-L (summary-level union LCS). */
    public static Measure lcs() {
        return new Measure(Kind.LCS, 0, 0, false);
    }

    /** ROUGE-S{gap}, or ROUGE-SU{gap} with unigrams. */
    public static Measure skipBigram(int gap, boolean unigrams) {
        return new Measure(Kind.SKIP_BIGRAM, 0, gap, unigrams);
    }

    /** The name ROUGE-1.5.5 prints, e.g. {@code ROUGE-2}, {@code ROUGE-L}, {@code ROUGE-SU4}. */
    public String label() {
        switch (kind) {
            case NGRAM:
                return "ROUGE-" + n;
            case LCS:
                return "ROUGE-L";
            default:
                return "ROUGE-S" + (unigrams ? "U" : "") + (gap < 0 ? "*" : Integer.toString(gap));
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
