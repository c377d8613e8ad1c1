package io.khulasa.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreTableTest {

    private static final Measure R1 = Measure.ngram(1);
    private static final Measure R2 = Measure.ngram(2);
    private static final String MODE = "ascii-rouge155 stem=porter bootstrap=20";

    /** A system scored on clusters "10" and "9" (ROUGE order: 9 before 10), R = base, P = base/2. */
    private static ScoreTable.SystemScores system(String name, double base, Map<String, Object> extra) {
        Map<String, ClusterScore> byCluster = new LinkedHashMap<>();
        Map<String, ClusterScore> byEvalId = new LinkedHashMap<>();
        for (String cluster : List.of("10", "9")) {
            double r = cluster.equals("9") ? base : base + 0.1;
            Map<Measure, Score> scores = new LinkedHashMap<>();
            scores.put(R1, new Score(r, r / 2, Rouge155Numbers.fMeasure(r, r / 2, 0.5), 0, 0, 0));
            scores.put(R2, new Score(r / 4, r / 8, Rouge155Numbers.fMeasure(r / 4, r / 8, 0.5), 0, 0, 0));
            byCluster.put(cluster, new ClusterScore(scores));
            byEvalId.put(cluster + "." + name, byCluster.get(cluster));
        }
        return new ScoreTable.SystemScores(name, byCluster,
                Bootstrap.rouge155(20, 95).aggregate(byEvalId), extra);
    }

    private static String f5(double x) {
        return Rouge155Numbers.format5(x).trim();
    }

    @Test
    void csvStartsWithTheModeThenTheSharedHeaderAndOneRowPerSystemMeasureAndCluster() {
        ScoreTable.SystemScores a = system("Sys,A", 0.4, Map.of());
        List<String> lines = new ScoreTable(MODE, Map.of(), List.of(a), true).csv().lines().toList();

        assertThat(lines.get(0)).isEqualTo("# mode: " + MODE);
        assertThat(lines.get(1)).isEqualTo("system,measure,cluster,recall,precision,f,"
                + "recall_low,recall_high,precision_low,precision_high,f_low,f_high,"
                + "recall_mean,precision_mean,f_mean");
        assertThat(lines.get(1).split(",")).containsExactlyElementsOf(ScoreTable.COLUMNS);
        CorpusScore.Aggregate r1 = a.corpus().get(R1);
        List<String> expected = new ArrayList<>();
        for (CorpusScore.Estimate e : List.of(r1.recall(), r1.precision(), r1.f())) {
            expected.add(f5(e.resampledMean()));
        }
        for (CorpusScore.Estimate e : List.of(r1.recall(), r1.precision(), r1.f())) {
            expected.add(f5(e.lower()));
            expected.add(f5(e.upper()));
        }
        for (CorpusScore.Estimate e : List.of(r1.recall(), r1.precision(), r1.f())) {
            expected.add(f5(e.mean()));
        }
        // A name with a comma is quoted; per-cluster rows follow their average in ROUGE's order.
        assertThat(lines.subList(2, lines.size())).containsExactly(
                "\"Sys,A\",ROUGE-1,ALL," + String.join(",", expected),
                "\"Sys,A\",ROUGE-1,9,0.40000,0.20000,0.26667,,,,,,,,,",
                "\"Sys,A\",ROUGE-1,10,0.50000,0.25000,0.33333,,,,,,,,,",
                lines.get(5),
                "\"Sys,A\",ROUGE-2,9,0.10000,0.05000,0.06667,,,,,,,,,",
                "\"Sys,A\",ROUGE-2,10,0.12500,0.06250,0.08333,,,,,,,,,");
        assertThat(lines.get(5)).startsWith("\"Sys,A\",ROUGE-2,ALL,").doesNotContain(",,");
        assertThat(r1.recall().mean()).isCloseTo(0.45, within(1e-12));
        assertThat(r1.recall().resampledMean()).isNotEqualTo(r1.recall().mean());
    }

    @Test
    void extraPerSystemFieldsBecomeColumnsAfterTheSharedOnes() {
        ScoreTable table = new ScoreTable(MODE, Map.of("dataset", "d"), List.of(
                system("ours", 0.4, Map.of("ours", true)), system("peer", 0.3, Map.of())), false);
        List<String> lines = table.csv().lines().toList();

        assertThat(lines.get(0)).isEqualTo("# mode: " + MODE); // document fields are JSON-only
        assertThat(lines.get(1)).isEqualTo(String.join(",", ScoreTable.COLUMNS) + ",ours");
        assertThat(lines).hasSize(2 + 2 * 2);
        assertThat(lines.subList(2, 4)).allSatisfy(l -> assertThat(l).startsWith("ours,").endsWith(",true"));
        assertThat(lines.subList(4, 6)).allSatisfy(l -> assertThat(l).startsWith("peer,").endsWith(","));
        assertThat(lines.subList(2, 6)).allSatisfy(l -> assertThat(l.split(",", -1))
                .hasSize(ScoreTable.COLUMNS.size() + 1));
    }

    @Test
    void jsonStatesTheModeFirstThenExtraFieldsThenEverySystemsFigures() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("dataset", "duc");
        fields.put("problems", List.of("x: empty"));
        ScoreTable.SystemScores a = system("A", 0.4, Map.of("ours", false));
        JsonNode root = new ObjectMapper().readTree(new ScoreTable(MODE, fields, List.of(a), true).json());

        assertThat(root.fieldNames()).toIterable().containsExactly("mode", "dataset", "problems", "systems");
        assertThat(root.get("mode").asText()).isEqualTo(MODE);
        assertThat(root.get("problems").get(0).asText()).isEqualTo("x: empty");
        JsonNode sys = root.get("systems").get(0);
        assertThat(sys.fieldNames()).toIterable()
                .containsExactly("system", "ours", "clusters", "averages", "perCluster");
        assertThat(sys.get("ours").isBoolean()).isTrue();
        assertThat(sys.get("clusters").asInt()).isEqualTo(2);
        assertThat(sys.get("averages").fieldNames()).toIterable().containsExactly("ROUGE-1", "ROUGE-2");
        JsonNode recall = sys.get("averages").get("ROUGE-1").get("recall");
        CorpusScore.Estimate e = a.corpus().get(R1).recall();
        assertThat(recall.fieldNames()).toIterable().containsExactly("average", "mean", "low", "high");
        assertThat(recall.get("average").decimalValue()).isEqualByComparingTo(f5(e.resampledMean()));
        assertThat(recall.get("mean").decimalValue()).isEqualByComparingTo(f5(e.mean()));
        assertThat(recall.get("low").decimalValue()).isEqualByComparingTo(f5(e.lower()));
        assertThat(recall.get("high").decimalValue()).isEqualByComparingTo(f5(e.upper()));
        assertThat(sys.get("perCluster").fieldNames()).toIterable().containsExactly("9", "10");
        JsonNode c9 = sys.get("perCluster").get("9").get("ROUGE-2");
        assertThat(c9.fieldNames()).toIterable().containsExactly("recall", "precision", "f");
        assertThat(c9.get("precision").asDouble()).isEqualTo(0.05);
    }

    @Test
    void withoutPerClusterOnlyAveragesAreWritten() throws Exception {
        ScoreTable table = new ScoreTable(MODE, Map.of(), List.of(system("A", 0.4, Map.of())), false);
        assertThat(table.csv().lines()).noneMatch(l -> l.contains(",9,") || l.contains(",10,"));
        assertThat(new ObjectMapper().readTree(table.json()).get("systems").get(0).has("perCluster"))
                .isFalse();
    }
}
