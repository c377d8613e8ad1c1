package io.khulasa.rouge;

/** How scores against several reference summaries are combined (ROUGE-1.5.5 {@code -f}). */
public enum MultiRef {
    /**
     * {@code -f A}: hits and reference counts are summed over the references, and the peer's count
     * is added once per reference; recall = sum(hits) / sum(reference counts), precision =
     * sum(hits) / (number of references × peer count). This is a pooled ratio, not the mean of the
     * per-reference recalls.
     */
    AVERAGE,
    /**
     * {@code -f B}: the single reference with the highest recall (ROUGE-N and ROUGE-S compare recall
     * rounded to 5 decimals, ROUGE-L the exact ratio; the first reference wins ties) supplies hits
     * and counts.
     */
    BEST
}
