/**
 * ROUGE evaluation that reproduces the official ROUGE-1.5.5 figure for figure, plus a Unicode
 * mode for Arabic and other scripts.
 *
 * <p>Entry points: {@link io.khulasa.rouge.RougeScorer} (configure with its builder, then
 * {@code prepare} a cluster's references and {@code score} peers, giving a
 * {@link io.khulasa.rouge.ClusterScore}); {@link io.khulasa.rouge.Bootstrap} (corpus averages and
 * confidence intervals, a {@link io.khulasa.rouge.CorpusScore}); {@link
 * io.khulasa.rouge.RougeReport} (ROUGE-1.5.5-style text); {@link io.khulasa.rouge.ScoreTable}
 * (JSON and CSV, the layout {@code khulasa rouge} and {@code khulasa eval} share).
 *
 * <p>ROUGE-1.5.5 behaviours reproduced on purpose, because the published scores depend on them:
 * length limits count whitespace-separated words (or bytes) of the raw lines before tokenization
 * and stopword removal; per-summary recall and precision are rounded to 5 decimals and F is
 * computed from the rounded values; {@code -f A} pools counts over references; ROUGE-SU never
 * counts the last token's unigram; ROUGE-L's units are not cut cumulatively under a byte limit;
 * the Porter stemmer is ROUGE's own variant; the printed average is the mean of the bootstrap
 * sample means, drawn with Perl's {@code drand48} reseeded per sample.
 */
package io.khulasa.rouge;
