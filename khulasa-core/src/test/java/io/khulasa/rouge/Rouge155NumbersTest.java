package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rouge155NumbersTest {

    @Test
    void roundsExactBinaryTiesToEvenAsCPrintfDoes() {
        // 1/64 = 0.015625 exactly: C printf gives 0.01562, Java's String.format would give 0.01563.
        assertThat(Rouge155Numbers.format5(0.015625)).isEqualTo("0.01562");
        assertThat(Rouge155Numbers.format5(3 / 64.0)).isEqualTo("0.04688");
        assertThat(Rouge155Numbers.format5(2 / 3.0)).isEqualTo("0.66667");
        assertThat(Rouge155Numbers.format5(1)).isEqualTo("1.00000");
    }

    @Test
    void fastRoundingAgreesWithTheExactDecimalPath() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            double x = i < 100_000 ? random.nextDouble() : random.nextInt(1, 1000) / (double) random.nextInt(1, 1000);
            double exact = Double.parseDouble(Rouge155Numbers.format5(x).trim());
            assertThat(Rouge155Numbers.round5(x)).as("round5(%s)", x).isEqualTo(exact);
        }
        assertThat(Rouge155Numbers.round5(0.015625)).isEqualTo(0.01562);
    }

    @Test
    void fMeasureUsesTheRoundedRecallAndPrecision() {
        double r = Rouge155Numbers.round5(1 / 3.0);
        double p = Rouge155Numbers.round5(0.123456);
        assertThat(Rouge155Numbers.fMeasure(r, p, 0.5))
                .isEqualTo(Rouge155Numbers.round5(2 * 0.33333 * 0.12346 / (0.33333 + 0.12346)));
        assertThat(Rouge155Numbers.fMeasure(0, 0, 0.5)).isZero();
    }
}
