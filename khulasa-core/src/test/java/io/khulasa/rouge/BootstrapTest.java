package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static final Measure R1 = Measure.ngram(1);

    private static Map<String, ClusterScore> recalls(double... values) {
        Map<String, ClusterScore> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Score s = new Score(values[i], values[i], values[i], 0, 0, 0);
            out.put("c" + i + ".S", new ClusterScore(Map.of(R1, s)));
        }
        return out;
    }

    @Test
    void drand48MatchesPerlRand() {
        // perl -e 'srand(0); printf "%.17g", rand()' and 'srand(7); rand(); int(rand(25))'
        assertThat(new Drand48(0).next()).isEqualTo(0.17082803610628972);
        Drand48 seven = new Drand48(7);
        assertThat(seven.next()).isEqualTo(0.2664441967654092);
        assertThat(seven.nextIndex(25)).isEqualTo(17);
    }

    @Test
    void rouge155ResamplingMatchesThePerlComputation() {
        // Expected values from ROUGE-1.5.5's computeAverages logic run in Perl 5.36 on these scores
        // with -r 20 -c 95 (which also exercises the interval interpolation).
        CorpusScore.Estimate e = Bootstrap.rouge155(20, 95).aggregate(recalls(0.1, 0.2, 0.35, 0.4))
                .get(R1).recall();
        assertThat(Rouge155Numbers.format5(e.resampledMean())).isEqualTo("0.26063");
        assertThat(Rouge155Numbers.format5(e.lower())).isEqualTo("0.17500");
        assertThat(Rouge155Numbers.format5(e.upper())).isEqualTo("0.35625");
        assertThat(e.mean()).isEqualTo(0.2625);
    }

    @Test
    void resamplingFollowsTheByteOrderOfEvaluationIds() {
        Map<String, ClusterScore> forward = recalls(0.1, 0.2, 0.35, 0.4);
        Map<String, ClusterScore> renamed = new LinkedHashMap<>();
        List<String> names = List.of("d.S", "c.S", "b.S", "a.S"); // reverses the sorted order
        int i = 0;
        for (ClusterScore s : forward.values()) {
            renamed.put(names.get(i++), s);
        }
        double a = Bootstrap.rouge155(20, 95).aggregate(forward).get(R1).recall().resampledMean();
        double b = Bootstrap.rouge155(20, 95).aggregate(renamed).get(R1).recall().resampledMean();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void seededResamplingIsDeterministicAndBracketsTheMean() {
        Map<String, ClusterScore> scores = recalls(0.1, 0.2, 0.35, 0.4, 0.3, 0.25);
        CorpusScore.Estimate x = Bootstrap.seeded(42, 1000, 95).aggregate(scores).get(R1).f();
        CorpusScore.Estimate y = Bootstrap.seeded(42, 1000, 95).aggregate(scores).get(R1).f();
        CorpusScore.Estimate z = Bootstrap.seeded(43, 1000, 95).aggregate(scores).get(R1).f();
        assertThat(x).isEqualTo(y);
        assertThat(x).isNotEqualTo(z);
        assertThat(x.lower()).isLessThan(x.mean()).isGreaterThanOrEqualTo(0.1);
        assertThat(x.upper()).isGreaterThan(x.mean()).isLessThanOrEqualTo(0.4);
    }

    @Test
    void identicalScoresGiveAPointInterval() {
        CorpusScore.Estimate e = Bootstrap.rouge155(1000, 95).aggregate(recalls(0.3, 0.3, 0.3))
                .get(R1).precision();
        assertThat(e.lower()).isEqualTo(0.3);
        assertThat(e.upper()).isEqualTo(0.3);
    }
}
