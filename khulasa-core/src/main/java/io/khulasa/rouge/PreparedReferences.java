package io.khulasa.rouge;

import java.util.List;
import java.util.Map;

/**
 * One cluster's reference summaries, truncated, tokenized and counted once, ready to score any
 * number of peers with the {@link RougeScorer} that prepared them. Immutable and thread-safe.
 */
public final class PreparedReferences {

    /** One reference's counts. */
    static final class Ref {
        final int[] tokens;
        final int[][] lcsUnits;
        final NgramCounts[] ngrams; // index n, 1..maxN
        final NgramCounts skipBigrams;
        final int[] unigramCounts;
        final long lcsBase;

        Ref(int[] tokens, int[][] lcsUnits, NgramCounts[] ngrams, NgramCounts skipBigrams,
                int[] unigramCounts) {
            this.tokens = tokens;
            this.lcsUnits = lcsUnits;
            this.ngrams = ngrams;
            this.skipBigrams = skipBigrams;
            this.unigramCounts = unigramCounts;
            long base = 0;
            for (int[] unit : lcsUnits) {
                base += unit.length;
            }
            this.lcsBase = base;
        }
    }

    final RougeScorer scorer;
    final Map<String, Integer> vocabulary;
    final LongIntMap[] prefixes;
    final List<Ref> refs;

    PreparedReferences(RougeScorer scorer, Map<String, Integer> vocabulary, LongIntMap[] prefixes,
            List<Ref> refs) {
        this.scorer = scorer;
        this.vocabulary = vocabulary;
        this.prefixes = prefixes;
        this.refs = refs;
    }

    /** Number of references. */
    public int size() {
        return refs.size();
    }

    /** Number of distinct terms over the references (after stemming and stopword removal). */
    public int vocabularySize() {
        return vocabulary.size();
    }
}
