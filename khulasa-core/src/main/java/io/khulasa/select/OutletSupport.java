package io.khulasa.select;

/**
 * How many outlets carry what a sentence says: the signal that tells a story's core from one outlet's
 * colour. It is 0 to 1, and the same for every sentence (so neutral) when the cluster holds one article.
 */
public final class OutletSupport {
    private OutletSupport() {}

    /**
     * Support in words: the mean, over the sentence's distinct terms, of the square root of the share of
     * articles that use the term. A sentence told in the words every outlet uses is about the story's core.
     */
    public static double ofTerms(TermVectors v, int sentence) {
        int[] t = v.termIds(sentence);
        if (t.length == 0) return 0;
        double sum = 0;
        for (int id : t) sum += Math.sqrt(v.documentFrequency(id) / (double) v.documents());
        return sum / t.length;
    }
}
