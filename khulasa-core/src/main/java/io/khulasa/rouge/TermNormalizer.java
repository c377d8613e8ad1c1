package io.khulasa.rouge;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Per-token stopword removal and stemming, in ROUGE-1.5.5's order: the stopword test sees the
 * unstemmed token, then the stemmer runs. Results are cached because the Porter stemmer is
 * regex-based and the same few thousand words recur in every summary.
 */
final class TermNormalizer {

    private static final String DROPPED = "\u0000dropped";
    private static final int MAX_CACHE = 200_000;

    private final Tokenization tokenization;
    private final boolean removeStopwords;
    private final boolean porter;
    private final boolean arabicLightStem;
    private final ArabicStemmer arabicStemmer = new ArabicStemmer();
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    TermNormalizer(
            Tokenization tokenization, boolean removeStopwords, boolean porter, boolean arabicLightStem) {
        this.tokenization = tokenization;
        this.removeStopwords = removeStopwords;
        this.porter = porter;
        this.arabicLightStem = arabicLightStem;
    }

    boolean isIdentity() {
        return !removeStopwords && !porter && !arabicLightStem;
    }

    /** The term for a raw token, or {@code null} when the token is dropped. */
    String apply(String token) {
        if (isIdentity()) {
            return token;
        }
        String cached = cache.get(token);
        if (cached == null) {
            cached = compute(token);
            if (cache.size() >= MAX_CACHE) {
                cache.clear(); // a bounded cache: long-running servers see unbounded vocabularies
            }
            cache.put(token, cached);
        }
        return cached == DROPPED ? null : cached;
    }

    private String compute(String token) {
        if (removeStopwords && StopWords.contains(token)) {
            return DROPPED;
        }
        String term = token;
        // ROUGE's -m is for English: in Unicode mode it only touches ASCII tokens.
        if (porter && (tokenization == Tokenization.ROUGE155 || isAscii(term))) {
            term = Rouge155Stemmer.stem(term);
        }
        if (arabicLightStem && !isAscii(term)) {
            char[] chars = term.toCharArray();
            int len = arabicStemmer.stem(chars, chars.length);
            term = len > 0 ? new String(chars, 0, len) : term;
        }
        return term;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
