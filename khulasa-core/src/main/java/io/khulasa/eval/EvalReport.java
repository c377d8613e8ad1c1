package io.khulasa.eval;

import io.khulasa.rouge.ClusterScore;
import io.khulasa.rouge.CorpusScore;
import io.khulasa.rouge.Measure;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The result of an evaluation: one row per system (ours and the peers), sorted by ROUGE-2 recall, best
 * first, with per-cluster scores kept for detail.
 *
 * @param dataset  the dataset's name
 * @param mode     how text was scored (tokens, stemming, budget), as printed in every report
 * @param rows     systems, best ROUGE-2 recall first
 * @param problems inputs skipped, one line each naming the file and the problem
 * @param millis   wall-clock time of the whole evaluation
 */
public record EvalReport(String dataset, String mode, int clusters, List<Row> rows, List<String> problems,
                         long millis) {

    /** The measures every table shows, in order. */
    public static final List<Measure> MEASURES =
            List.of(Measure.ngram(1), Measure.ngram(2), Measure.skipBigram(4, true), Measure.lcs());

    /**
     * @param system    the system's name; ours are prefixed {@code khulasa:}
     * @param ours      true for our methods
     * @param score     corpus averages with 95% intervals
     * @param byCluster per-cluster scores, by cluster id
     */
    public record Row(String system, boolean ours, CorpusScore score, Map<String, ClusterScore> byCluster) {
        public double recall(Measure m) { return score.get(m).recall().mean(); }
    }

    public EvalReport {
        rows = rows.stream()
                .sorted(Comparator.comparingDouble((Row r) -> -r.recall(Measure.ngram(2))).thenComparing(Row::system))
                .toList();
        problems = List.copyOf(problems);
    }

    /** The row of one system, if present. */
    public java.util.Optional<Row> row(String system) {
        return rows.stream().filter(r -> r.system().equals(system)).findFirst();
    }
}
