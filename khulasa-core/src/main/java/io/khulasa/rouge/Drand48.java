package io.khulasa.rouge;

/**
 * Perl's {@code rand} since 5.20: the 48-bit linear congruential generator of {@code drand48}
 * (the same multiplier and increment as {@link java.util.Random}), seeded by {@code srand(s)} as
 * {@code (s << 16) + 0x330E}. ROUGE-1.5.5 reseeds it with the sample number before each bootstrap
 * sample, which is what makes its confidence intervals reproducible.
 */
final class Drand48 {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long INCREMENT = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long state;

    /** {@code srand(seed)}. */
    Drand48(long seed) {
        state = ((seed & 0xFFFFFFFFL) << 16) + 0x330EL;
    }

    /** {@code rand()}: uniform in [0, 1) with 48 random bits. */
    double next() {
        state = (state * MULTIPLIER + INCREMENT) & MASK;
        return Math.scalb((double) state, -48);
    }

    /** {@code int(rand(n))}. */
    int nextIndex(int n) {
        return (int) (next() * n);
    }
}
