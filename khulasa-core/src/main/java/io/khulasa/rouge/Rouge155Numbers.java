package io.khulasa.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * ROUGE-1.5.5 rounds with Perl's {@code sprintf("%7.5f")} and then computes with the printed
 * string; these helpers reproduce that bit for bit (C printf rounds the exact binary value, ties
 * to even; the string converts back to the nearest double).
 */
public final class Rouge155Numbers {

    private Rouge155Numbers() {}

    /** {@code sprintf("%7.5f", x)} converted back to a number. */
    public static double round5(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double y = x * 1e5;
        double floor = Math.floor(y);
        double frac = y - floor;
        // Fast path, away from ties: the product's error is far below 1e-6, so the rounding direction
        // is that of the exact value, and k / 1e5 (a correctly rounded division) is the double nearest
        // to the decimal k·10^-5, i.e. what parsing the printed string gives.
        if (Math.abs(y) < 1e9 && Math.abs(frac - 0.5) > 1e-6) {
            double k = frac < 0.5 ? floor : floor + 1;
            return k == 0 && x < 0 ? -0.0 : k / 1e5;
        }
        return Double.parseDouble(format5(x).trim());
    }

    /** {@code sprintf("%7.5f", x)}: at least 7 characters wide, 5 decimals. */
    public static String format5(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return String.format("%7s", Double.isNaN(x) ? "nan" : (x > 0 ? "inf" : "-inf"));
        }
        String s = new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).toPlainString();
        return s.length() >= 7 ? s : " ".repeat(7 - s.length()) + s;
    }

    /** ROUGE-1.5.5's F from already rounded recall and precision, then rounded. */
    public static double fMeasure(double recall, double precision, double alpha) {
        double denominator = (1 - alpha) * precision + alpha * recall;
        if (denominator > 0) {
            return round5((precision * recall) / denominator);
        }
        return 0;
    }
}
