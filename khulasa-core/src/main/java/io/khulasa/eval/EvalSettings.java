package io.khulasa.eval;

import io.khulasa.rouge.MultiRef;
import io.khulasa.rouge.RougeScorer;
import io.khulasa.rouge.Tokenization;

/**
 * How a dataset is scored. {@link #forDataset} gives each layout's published convention:
 * DUC 100 words, ROUGE-1.5.5 tokens, Porter stemming, stopwords kept; MultiLing 250 words, Unicode tokens,
 * no stemming; EASC a third of each article's words, Unicode tokens, Arabic normalization.
 *
 * @param wordBudget      words per summary; 0 keeps each cluster's own budget (EASC)
 * @param tokenization    how text becomes tokens
 * @param stem            Porter stemming with ROUGE-1.5.5's exception list (ROUGE155 tokens only)
 * @param normalizeArabic fold أ إ آ → ا, ى → ي, ة → ه, drop diacritics and tatweel (Unicode tokens only)
 * @param lightStem       Arabic light stemming (Unicode tokens only)
 * @param truncate        score only the first {@code wordBudget} words of every summary (ROUGE {@code -l})
 * @param bootstrap       bootstrap samples for the 95% intervals
 * @param verbatim        our summaries quote sentences whole ({@link io.khulasa.Khulasa.Builder#verbatim})
 */
public record EvalSettings(int wordBudget, Tokenization tokenization, boolean stem, boolean normalizeArabic,
                           boolean lightStem, boolean truncate, int bootstrap, boolean verbatim) {

    public static EvalSettings forDataset(Dataset d) {
        return switch (d.layout()) {
            case DUC -> new EvalSettings(100, Tokenization.ROUGE155, true, false, false, true, 1000, false);
            case MULTILING -> new EvalSettings(250, Tokenization.UNICODE, false, false, false, true, 1000, false);
            case EASC -> new EvalSettings(0, Tokenization.UNICODE, false, true, false, false, 1000, false);
        };
    }

    public EvalSettings withWordBudget(int words) {
        return new EvalSettings(words, tokenization, stem, normalizeArabic, lightStem, truncate, bootstrap, verbatim);
    }

    public EvalSettings withNormalizeArabic(boolean on) {
        return new EvalSettings(wordBudget, tokenization, stem, on, lightStem, truncate, bootstrap, verbatim);
    }

    public EvalSettings withBootstrap(int samples) {
        return new EvalSettings(wordBudget, tokenization, stem, normalizeArabic, lightStem, truncate, samples, verbatim);
    }

    public EvalSettings withVerbatim(boolean on) {
        return new EvalSettings(wordBudget, tokenization, stem, normalizeArabic, lightStem, truncate, bootstrap, on);
    }

    /** The words one cluster's summaries get. */
    public int budgetFor(EvalCluster c) {
        return wordBudget > 0 ? wordBudget : c.wordBudget();
    }

    /** The ROUGE scorer for one cluster: ROUGE-1..4, ROUGE-L and ROUGE-SU4, averaged over references. */
    public RougeScorer scorerFor(EvalCluster c) {
        RougeScorer.Builder b = RougeScorer.builder()
                .tokenization(tokenization)
                .stem(stem && tokenization == Tokenization.ROUGE155)
                .removeStopwords(false)
                .alpha(0.5)
                .multiRef(MultiRef.AVERAGE)
                .maxN(4)
                .rougeL(true)
                .skipBigram(4, true);
        if (tokenization == Tokenization.UNICODE) b.normalizeArabic(normalizeArabic).lightStem(lightStem);
        if (truncate) b.wordLimit(budgetFor(c));
        return b.build();
    }

    /** One line for report headers. */
    public String describe(RougeScorer example) {
        return example.mode() + " budget=" + (wordBudget > 0 ? wordBudget + " words" : "per-article (ceil 0.33 x words)")
                + (verbatim ? " verbatim" : "");
    }
}
