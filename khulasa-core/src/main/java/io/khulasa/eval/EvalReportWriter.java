package io.khulasa.eval;

import io.khulasa.rouge.ClusterScore;
import io.khulasa.rouge.CorpusScore;
import io.khulasa.rouge.Measure;
import io.khulasa.rouge.ScoreTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link EvalReport} as an aligned text table (recall, sorted by ROUGE-2), or as JSON or CSV in the
 * layout {@code khulasa rouge} writes too ({@link ScoreTable}).
 */
public final class EvalReportWriter {

    private EvalReportWriter() {}

    public static String text(EvalReport r, boolean perCluster) {
        StringBuilder out = new StringBuilder();
        out.append("# dataset: ").append(r.dataset()).append("  clusters: ").append(r.clusters())
           .append("  time: ").append(String.format(Locale.ROOT, "%.1f s", r.millis() / 1000.0)).append('\n');
        out.append("# mode: ").append(r.mode()).append('\n');
        out.append("# recall, mean over clusters [95% bootstrap interval]; sorted by ROUGE-2\n");
        out.append(String.format(Locale.ROOT, "%-22s", "system"));
        for (Measure m : EvalReport.MEASURES) out.append(String.format(Locale.ROOT, " %-24s", label(m)));
        out.append('\n');
        for (EvalReport.Row row : r.rows()) {
            out.append(String.format(Locale.ROOT, "%-22s", row.system()));
            for (Measure m : EvalReport.MEASURES) {
                CorpusScore.Estimate e = row.score().get(m).recall();
                out.append(String.format(Locale.ROOT, " %.5f [%.5f-%.5f]", e.mean(), e.lower(), e.upper()));
            }
            out.append('\n');
        }
        if (perCluster) {
            out.append("\n# per cluster: ROUGE-2 recall\n");
            for (EvalReport.Row row : r.rows()) {
                for (Map.Entry<String, ClusterScore> e : row.byCluster().entrySet()) {
                    out.append(String.format(Locale.ROOT, "%-22s %-28s %.5f%n", row.system(), e.getKey(),
                            e.getValue().get(Measure.ngram(2)).recall()));
                }
            }
        }
        return out.toString();
    }

    /** CSV in {@link ScoreTable}'s layout (the one {@code khulasa rouge} writes), plus an {@code ours} column. */
    public static String csv(EvalReport r, boolean perCluster) {
        return table(r, perCluster).csv();
    }

    /**
     * JSON in {@link ScoreTable}'s layout (the one {@code khulasa rouge} writes), plus {@code dataset},
     * {@code clusters}, {@code millis} and {@code problems} after {@code mode}, and {@code ours} per system.
     */
    public static String json(EvalReport r, boolean perCluster) {
        return table(r, perCluster).json();
    }

    /** The report's rows as a score table, in its order (best ROUGE-2 recall first). */
    static ScoreTable table(EvalReport r, boolean perCluster) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("dataset", r.dataset());
        fields.put("clusters", r.clusters());
        fields.put("millis", r.millis());
        fields.put("problems", r.problems());
        List<ScoreTable.SystemScores> systems = r.rows().stream()
                .map(row -> new ScoreTable.SystemScores(row.system(), row.byCluster(), row.score(),
                        Map.of("ours", row.ours())))
                .toList();
        return new ScoreTable(r.mode(), fields, systems, perCluster);
    }

    static String label(Measure m) {
        return m.label();
    }
}
