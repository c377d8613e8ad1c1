package io.khulasa.rouge;

/**
 * One measure's score for one peer summary, as ROUGE-1.5.5 reports it: recall and precision are
 * rounded to 5 decimals, and F is computed from those rounded values and rounded again.
 *
 * @param recall hits / reference count
 * @param precision hits / peer count
 * @param f weighted harmonic mean {@code P·R / ((1-α)·P + α·R)}
 * @param hits clipped matches, combined over references as {@link MultiRef} says
 * @param referenceCount reference-side count (n-grams, skip-bigrams or LCS units' tokens)
 * @param peerCount peer-side count (times the number of references under {@link MultiRef#AVERAGE})
 */
public record Score(
    double recall, double precision, double f, long hits, long referenceCount, long peerCount) {}
