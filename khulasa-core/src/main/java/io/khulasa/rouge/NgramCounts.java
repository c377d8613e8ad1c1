package io.khulasa.rouge;

import java.util.Arrays;

/**
 * A multiset of n-grams (or skip-bigrams) over integer token ids, stored as sorted keys with
 * counts, so that clipped hits are a linear merge.
 *
 * <p>{@link #total()} counts every n-gram, including those that cannot match any reference (a peer
 * n-gram with a token unknown to the references carries no key but still counts).
 */
final class NgramCounts {

    /** Token id for peer tokens that occur in no reference: they can never match. */
    static final int UNKNOWN = -1;

    private final long[] keys;
    private final int[] counts;
    private final long total;

    private NgramCounts(long[] keys, int[] counts, long total) {
        this.keys = keys;
        this.counts = counts;
        this.total = total;
    }

    long total() {
        return total;
    }

    int distinct() {
        return keys.length;
    }

    /** Sum over shared keys of the smaller count: ROUGE's clipped hit count. */
    long hits(NgramCounts other) {
        long hits = 0;
        int i = 0;
        int j = 0;
        long[] a = keys;
        long[] b = other.keys;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                hits += Math.min(counts[i], other.counts[j]);
                i++;
                j++;
            }
        }
        return hits;
    }

    /**
     * Contiguous n-grams of {@code tokens}. For n of 3 or more the (n-1)-gram prefix is interned in
     * {@code prefixes[n-1]}; with {@code grow} false (peers) an unseen prefix means no match is
     * possible and the n-gram gets no key.
     */
    static NgramCounts ngrams(int[] tokens, int n, LongIntMap[] prefixes, boolean grow) {
        int total = Math.max(0, tokens.length - n + 1);
        long[] buf = new long[total];
        int k = 0;
        for (int i = 0; i < total; i++) {
            long key = key(tokens, i, n, prefixes, grow);
            if (key >= 0) {
                buf[k++] = key;
            }
        }
        return fromKeys(buf, k, total);
    }

    private static long key(int[] tokens, int start, int n, LongIntMap[] prefixes, boolean grow) {
        int first = tokens[start];
        if (first == UNKNOWN) {
            return -1;
        }
        long key = first;
        for (int j = 1; j < n; j++) {
            int t = tokens[start + j];
            if (t == UNKNOWN) {
                return -1;
            }
            int prefix;
            if (j == 1) {
                prefix = first;
            } else {
                prefix = grow ? prefixes[j].intern(key) : prefixes[j].get(key);
                if (prefix == LongIntMap.MISSING) {
                    return -1;
                }
            }
            key = ((long) prefix << 32) | t;
        }
        return key;
    }

    /**
     * Skip-bigrams as ROUGE-1.5.5's {@code createSkipBigram}: for each position i except the last,
     * the unigram (if {@code unigrams}) and every pair (i, j) with i &lt; j &le; i + gap + 1 (no bound
     * when gap is negative). The last token's unigram is never counted — a ROUGE-1.5.5 quirk the
     * published scores include.
     */
    static NgramCounts skipBigrams(int[] tokens, int gap, boolean unigrams) {
        int len = tokens.length;
        long total = 0;
        for (int i = 0; i < len - 1; i++) {
            int last = gap < 0 ? len - 1 : Math.min(len - 1, i + gap + 1);
            total += (unigrams ? 1 : 0) + (last - i);
        }
        long[] buf = new long[(int) total];
        int k = 0;
        for (int i = 0; i < len - 1; i++) {
            int a = tokens[i];
            if (unigrams && a != UNKNOWN) {
                buf[k++] = a; // unigram keys stay below 2^31; pair keys start at 2^32
            }
            int last = gap < 0 ? len - 1 : Math.min(len - 1, i + gap + 1);
            if (a == UNKNOWN) {
                continue;
            }
            for (int j = i + 1; j <= last; j++) {
                int b = tokens[j];
                if (b != UNKNOWN) {
                    buf[k++] = ((long) (a + 1) << 32) | b;
                }
            }
        }
        return fromKeys(buf, k, total);
    }

    private static NgramCounts fromKeys(long[] buf, int k, long total) {
        Arrays.sort(buf, 0, k);
        int distinct = 0;
        for (int i = 0; i < k; i++) {
            if (i == 0 || buf[i] != buf[i - 1]) {
                distinct++;
            }
        }
        long[] keys = new long[distinct];
        int[] counts = new int[distinct];
        int d = -1;
        for (int i = 0; i < k; i++) {
            if (i == 0 || buf[i] != buf[i - 1]) {
                keys[++d] = buf[i];
            }
            counts[d]++;
        }
        return new NgramCounts(keys, counts, total);
    }
}
